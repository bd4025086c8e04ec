// What the add-in build (webpack.config.js) and the playground build (webpack.playground.config.js)
// share: how TypeScript is compiled, how files are named, and the mode a command line asked for.
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "..");

/** "development" only when asked for; every other build is a production build. */
function modeOf(argv) {
  return argv && argv.mode === "development" ? "development" : "production";
}

// swc with ES modules kept, so webpack can drop what the pane does not use (Fluent is large).
const swc = (tsx) => ({
  loader: "swc-loader",
  options: {
    jsc: {
      parser: { syntax: "typescript", tsx },
      transform: { react: { runtime: "automatic" } },
      target: "es2020",
    },
    module: { type: "es6" },
    sourceMaps: true,
  },
});

// Griffel's build-time transform: each makeStyles() of ours is resolved to its class names and CSS
// rules when the pane is built, not in the browser at the first render (DECISIONS D47). Fluent's
// own packages ship so transformed already. It runs after swc (loaders run last to first).
const griffel = {
  loader: "@griffel/webpack-loader",
  options: {
    modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }],
    // The modules a style imports (tokens, our own helpers) are evaluated at build time.
    babelOptions: { presets: ["@babel/preset-typescript"] },
  },
};

// Every script is named by a hash of its content, so a name never stands for two contents: a server
// may let browsers keep them for good (scripts/start.js). The pages themselves are not so named.
const HASH = "[contenthash:8]";
/** A file name that carries its content's hash, as `output` names scripts below. */
const HASHED_NAME = /\.[0-9a-f]{8}\.js$/;

/** The parts of a webpack config both builds have in common, for an output folder. */
function commonConfig(mode, outDir) {
  return {
    mode,
    context: ROOT,
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    output: {
      path: outDir,
      filename: `[name].${HASH}.js`,
      chunkFilename: `[name].${HASH}.js`,
      clean: true,
      publicPath: "auto",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // csv-parse's Node build uses Buffer, which a browser lacks; its browser build carries its own.
      // The pane reads the ministry's targets file with it (src/csv, through src/targets).
      alias: { "csv-parse/sync$": require.resolve("csv-parse/browser/esm/sync") },
    },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: swc(false) },
        { test: /\.tsx$/, exclude: /node_modules/, use: [griffel, swc(true)] },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: "all" },
    },
  };
}

module.exports = { ROOT, modeOf, commonConfig, HASHED_NAME };

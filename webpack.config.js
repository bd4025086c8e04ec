// Three pages from one build: the Office task pane, the ribbon's function file, and the playground
// (the same pane beside an in-browser workbook, for machines without Excel; DESIGN §5).
// Production manifests point at ADDIN_URL (the IT team's HTTPS origin); development at localhost.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_ORIGIN = "https://localhost:3000";

/** The origin the copied manifest points at: ADDIN_URL for a production build, localhost otherwise. */
function addinOrigin(mode) {
  const url = process.env.ADDIN_URL;
  if (!url) return DEV_ORIGIN;
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: "${url}". Example: ADDIN_URL=https://addin.example.gov.vn`);
  }
  if (parsed.protocol !== "https:" && mode === "production")
    throw new Error(`ADDIN_URL must use https (Office loads add-ins only over HTTPS): "${url}"`);
  return url.replace(/\/+$/, "");
}

/** The manifest as deployed: every development URL replaced by the production origin. */
function manifestFor(content, origin) {
  return content.split(DEV_ORIGIN).join(origin);
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

/**
 * Excel on Windows and macOS loads the pane only over trusted HTTPS, so `npm start` there serves with
 * Office's developer certificates. Linux (the playground) and the tests serve plain HTTP on localhost
 * and never need them.
 */
async function devServerTransport() {
  if (!process.env.WEBPACK_SERVE || !["win32", "darwin"].includes(process.platform)) return "http";
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

const config = async (_env, argv) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const origin = addinOrigin(mode);
  return {
    mode,
    devtool: mode === "production" ? "source-map" : "eval-cheap-module-source-map",
    entry: {
      taskpane: "./src/excel-entry/taskpane.tsx",
      commands: "./src/commands/commands.ts",
      playground: "./src/playground/main.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: swc(false) },
        { test: /\.tsx$/, exclude: /node_modules/, use: swc(true) },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: { chunks: "all" },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/excel-entry/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./src/playground/playground.html",
        chunks: ["playground"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString(), origin),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      server: await devServerTransport(),
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};

module.exports = config;
module.exports.addinOrigin = addinOrigin;
module.exports.manifestFor = manifestFor;

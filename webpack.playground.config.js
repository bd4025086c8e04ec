// The playground's build: the same pane beside an in-browser workbook, for machines without Excel
// (`npm start` on Linux) and for the end-to-end tests. It bundles HyperFormula (GPL-3.0), so it is
// never part of the add-in's build (webpack.config.js, dist/); it goes to dist-playground/ with its
// own notice, which lists HyperFormula's licence as it is (DECISIONS D10).
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { commonConfig, modeOf, ROOT } = require("./scripts/build/webpack-common");
const { ThirdPartyNoticesPlugin } = require("./scripts/build/third-party-notices");
const { version } = require("./package.json");

const PLAYGROUND_OUT = path.join(ROOT, "dist-playground");

module.exports = (_env, argv) => ({
  ...commonConfig(modeOf(argv), PLAYGROUND_OUT),
  name: "playground",
  entry: { playground: "./src/playground/main.tsx" },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/playground/playground.html",
      chunks: ["playground"],
    }),
    new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-32.png", to: "assets/[name][ext]" }] }),
    new ThirdPartyNoticesPlugin({
      filename: "THIRD-PARTY-NOTICES-playground.txt",
      title: `Sân thử / Playground ${version}: third-party software (HyperFormula is GPL-3.0-only)`,
      refuse: false,
    }),
  ],
});
module.exports.PLAYGROUND_OUT = PLAYGROUND_OUT;

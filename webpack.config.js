// The add-in's production build, and nothing else: the Office task pane, the ribbon's function file,
// the icons, the manifest, the help page that SupportUrl names and the third-party notice. The
// playground (the pane beside an in-browser workbook, GPL HyperFormula inside) has its own build,
// webpack.playground.config.js (DECISIONS D10).
// Production manifests point at ADDIN_URL (the IT team's HTTPS origin); development at localhost.
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { commonConfig, modeOf, ROOT } = require("./scripts/build/webpack-common");
const { ThirdPartyNoticesPlugin } = require("./scripts/build/third-party-notices");
const { version } = require("./package.json");

const DEV_ORIGIN = "https://localhost:3000";
const OUT = path.join(ROOT, "dist");

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

/**
 * Excel on Windows and macOS loads the pane only over trusted HTTPS, so the dev server there (which
 * `npm start` and `npm run start:web` run through office-addin-debugging) uses Office's developer
 * certificates. Elsewhere it serves plain HTTP on localhost.
 */
async function devServerTransport() {
  if (!process.env.WEBPACK_SERVE) return "http";
  if (!["win32", "darwin"].includes(process.platform) && process.env.DEV_SERVER_HTTPS !== "1") return "http";
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

const config = async (_env, argv) => {
  const mode = modeOf(argv);
  const origin = addinOrigin(mode);
  return {
    ...commonConfig(mode, OUT),
    name: "addin",
    entry: {
      taskpane: "./src/excel-entry/taskpane.tsx",
      commands: "./src/commands/commands.ts",
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
      // The page the manifest's SupportUrl and LearnMoreUrl name: static, bilingual, no script.
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./assets/help.html",
        chunks: [],
        inject: false,
        templateParameters: { version },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestFor(content.toString(), origin),
          },
        ],
      }),
      new ThirdPartyNoticesPlugin({
        filename: "THIRD-PARTY-NOTICES.txt",
        title: `Tự đánh giá thi đua / Emulation self-assessment add-in ${version}: third-party software`,
        refuse: true,
      }),
    ],
    devServer: {
      static: { directory: OUT },
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

// Excel.Application's regional settings (ExcelApi 1.11): the culture's name and separators, and
// the separators Excel uses (they differ when a person turned "Use system separators" off). The
// values come from the host's typing settings, so the pane reads what typing is read with.
import type { RequestContextCore } from "./request";
import { HostObject } from "./request";
import { requireApi } from "./requirements";

export class ApplicationProxy extends HostObject<null> {
  protected readonly className = "Application";
  protected readonly scalars = ["decimalSeparator", "thousandsSeparator", "useSystemSeparators"] as const;
  private cultureProxy?: CultureInfoProxy;

  constructor(ctx: RequestContextCore) {
    super(ctx, "workbook.application", () => null as never);
  }
  override target(): null {
    return null;
  }
  protected read(_t: null, p: string): unknown {
    const c = this.ctx.runtime.typing.culture;
    if (p === "decimalSeparator") return c.decimalSeparator;
    if (p === "thousandsSeparator") return c.thousandsSeparator;
    return true;
  }
  protected override child(name: string): HostObject<unknown> | undefined {
    return name === "cultureInfo" ? (this.cultureInfo as HostObject<unknown>) : undefined;
  }
  private get version(): string {
    return this.ctx.runtime.excelApi;
  }
  get cultureInfo(): CultureInfoProxy {
    requireApi(this.version, "Application.cultureInfo", "1.11");
    this.cultureProxy ??= new CultureInfoProxy(this.ctx);
    return this.cultureProxy;
  }
  get decimalSeparator(): string {
    requireApi(this.version, "Application.decimalSeparator", "1.11");
    return this.get("decimalSeparator");
  }
  get thousandsSeparator(): string {
    requireApi(this.version, "Application.thousandsSeparator", "1.11");
    return this.get("thousandsSeparator");
  }
  get useSystemSeparators(): boolean {
    requireApi(this.version, "Application.useSystemSeparators", "1.11");
    return this.get("useSystemSeparators");
  }
}

export class CultureInfoProxy extends HostObject<null> {
  protected readonly className = "CultureInfo";
  protected readonly scalars = ["name"] as const;
  private numberFormatProxy?: NumberFormatInfoProxy;

  constructor(ctx: RequestContextCore) {
    super(ctx, "workbook.application.cultureInfo", () => null as never);
  }
  override target(): null {
    return null;
  }
  protected read(): unknown {
    return this.ctx.runtime.typing.culture.name;
  }
  private datetimeProxy?: DatetimeFormatInfoProxy;
  protected override child(name: string): HostObject<unknown> | undefined {
    if (name === "datetimeFormat") return this.datetimeFormat as HostObject<unknown>;
    return name === "numberFormat" ? (this.numberFormat as HostObject<unknown>) : undefined;
  }
  get name(): string {
    return this.get("name");
  }
  get numberFormat(): NumberFormatInfoProxy {
    this.numberFormatProxy ??= new NumberFormatInfoProxy(this.ctx);
    return this.numberFormatProxy;
  }
  /** ExcelApi 1.12. */
  get datetimeFormat(): DatetimeFormatInfoProxy {
    requireApi(this.ctx.runtime.excelApi, "CultureInfo.datetimeFormat", "1.12");
    this.datetimeProxy ??= new DatetimeFormatInfoProxy(this.ctx);
    return this.datetimeProxy;
  }
}

/** The culture's date patterns, in .NET's notation as Office gives them ("dd/MM/yyyy"). */
export class DatetimeFormatInfoProxy extends HostObject<null> {
  protected readonly className = "DatetimeFormatInfo";
  protected readonly scalars = ["dateSeparator", "shortDatePattern"] as const;

  constructor(ctx: RequestContextCore) {
    super(ctx, "workbook.application.cultureInfo.datetimeFormat", () => null as never);
  }
  override target(): null {
    return null;
  }
  protected read(_t: null, p: string): unknown {
    const c = this.ctx.runtime.typing.culture;
    return p === "dateSeparator" ? "/" : c.dateOrder === "DMY" ? "dd/MM/yyyy" : "M/d/yyyy";
  }
  get dateSeparator(): string {
    return this.get("dateSeparator");
  }
  get shortDatePattern(): string {
    return this.get("shortDatePattern");
  }
}

export class NumberFormatInfoProxy extends HostObject<null> {
  protected readonly className = "NumberFormatInfo";
  protected readonly scalars = ["numberDecimalSeparator", "numberGroupSeparator"] as const;

  constructor(ctx: RequestContextCore) {
    super(ctx, "workbook.application.cultureInfo.numberFormat", () => null as never);
  }
  override target(): null {
    return null;
  }
  protected read(_t: null, p: string): unknown {
    const c = this.ctx.runtime.typing.culture;
    return p === "numberDecimalSeparator" ? c.decimalSeparator : c.thousandsSeparator;
  }
  get numberDecimalSeparator(): string {
    return this.get("numberDecimalSeparator");
  }
  get numberGroupSeparator(): string {
    return this.get("numberGroupSeparator");
  }
}

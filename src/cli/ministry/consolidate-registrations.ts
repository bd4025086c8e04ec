// The registrations' side of a consolidation (issue #11 item 4, DECISIONS D37, D42): besides the
// registered sums of national indicators (consolidate-national.ts, the D34 rule), which units
// registered nothing on an indicator that is their own to do (`unit` scope): each current
// registration's empty rows, and, with a roster, every unit of it that sent no registration at all.
// At year end those units are judged against the plan's target; the ministry chases them now. Pure.
import type { Plan, Text, UnitType } from "../../domain/plan";
import { selectIndicators } from "../../domain/applicability";
import type { Consolidation } from "./consolidate-model";
import type { NationalFigure } from "./consolidate-national";

export type UnregisteredReason = "empty" | "not-received";

export const UNREGISTERED_REASONS: Record<UnregisteredReason, Text> = {
  empty: { vi: "để trống trong bản đăng ký", en: "left empty in the registration" },
  "not-received": {
    vi: "chưa gửi bản đăng ký (theo danh sách đơn vị)",
    en: "sent no registration (by the roster)",
  },
};

/** A unit that registered nothing: on one indicator, or (sent nothing) on all of a plan's. */
export interface Unregistered {
  planId: string;
  year: number;
  /** Null: the unit sent no registration, so every indicator of its type. */
  indicatorId: string | null;
  text: Text | null;
  unitCode: string;
  name: string;
  unitType: UnitType | null;
  file: string | null;
  reason: UnregisteredReason;
}

/** What the consolidated workbook and --json show of the registrations. */
export interface RegistrationsView {
  files: string[];
  national: NationalFigure[];
  unregistered: Unregistered[];
}

/**
 * The units that registered nothing on a `unit` indicator, from the registrations' own
 * consolidation (the latest registration of each unit by receipt, D11): its rows left empty (the
 * warning registration.none in the unit's file); with a roster, its units that sent none, once per
 * plan and year the registrations cover, for the indicators of their type.
 */
export function unregisteredUnits(
  c: Consolidation,
  planOf: (id: string) => Plan | undefined,
): Unregistered[] {
  const out: Unregistered[] = [];
  const covered = new Map<string, { plan: Plan; year: number }>();
  for (const u of c.units) {
    const r = u.report;
    if (r.rejected || !r.plan || !r.unit) continue;
    const plan = planOf(r.plan.id);
    if (!plan) continue;
    covered.set(`${plan.id}|${r.unit.year}`, { plan, year: r.unit.year });
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    for (const e of r.entries) {
      const ind = byId.get(e.indicatorId);
      if (!ind || ind.scope !== "unit" || e.status !== "missing") continue;
      out.push({
        planId: plan.id,
        year: r.unit.year,
        indicatorId: ind.id,
        text: ind.text,
        unitCode: r.unit.code,
        name: u.name,
        unitType: r.unit.unitType,
        file: r.file,
        reason: "empty",
      });
    }
  }
  for (const m of c.missing)
    for (const { plan, year } of covered.values()) {
      // A roster unit whose type the plan does not know, or to which none of its own indicators
      // apply, owes this plan nothing to register.
      if (m.unitType !== null && !selectIndicators(plan, m.unitType).some((i) => i.scope === "unit"))
        continue;
      out.push({
        planId: plan.id,
        year,
        indicatorId: null,
        text: null,
        unitCode: m.code,
        name: m.name,
        unitType: m.unitType,
        file: null,
        reason: "not-received",
      });
    }
  return out;
}

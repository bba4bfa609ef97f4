import { eq } from 'drizzle-orm';
import { labelIn, type UiLanguage } from '../../core/common/languages.ts';
import {
  BRUSSELS_MUNICIPALITIES,
  municipalityByNis,
  municipalityName,
} from '../../core/reference/municipalities.ts';
import { SERVICE_LANGUAGE_LABELS } from '../../core/reference/service-languages.ts';
import { THEME_LABELS, type Theme } from '../../core/reference/themes.ts';
import { withContext } from '../../db/context.ts';
import { contactTags, locations } from '../../db/schema/index.ts';
import type { MessageKey } from '../../shared/i18n/catalog.ts';
import { translate, translateDynamic } from '../../shared/i18n/translate.ts';
import {
  DASHBOARD_BREAKDOWNS,
  type Dashboard,
  type DashboardQuery,
  type ExportFormat,
  type ExportTable,
} from '../../shared/schemas/contacts.ts';
import { kindsOf } from '../activity-kinds.ts';
import { orgContext, requirePermission, type Actor } from '../actor.ts';
import type { ServiceDeps } from '../deps.ts';
import { tableToCsv } from '../export/csv.ts';
import { fileNamePart } from '../export/filename.ts';
import { comparisonTable, stackTables, type Table } from '../export/table.ts';
import { tablesToXlsx } from '../export/xlsx.ts';
import { createContactStatsService } from './stats.ts';

type Breakdown = (typeof DASHBOARD_BREAKDOWNS)[number];
type PartialLabels = Partial<Record<UiLanguage, string>>;

export interface DashboardExportRequest extends DashboardQuery {
  format: ExportFormat;
  /** One table, or `all`: one sheet each in XLSX, one long table with a `table` column in CSV. */
  table: ExportTable | 'all';
  lang: UiLanguage;
  /** CSV only: `semicolon` (with a decimal comma) for Excel in Belgium. */
  delimiter: 'comma' | 'semicolon';
}

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

interface Lookups {
  locations: Map<string, string>;
  tags: Map<string, PartialLabels>;
  kinds: Map<string, PartialLabels>;
}

/** The label of a breakdown key in `lang`: reference data, the catalogs or the organisation's labels. */
export function breakdownLabel(
  dimension: Breakdown,
  key: string | null,
  lang: UiLanguage,
  lookups: Lookups,
): string {
  if (key === null) return translate(lang, 'export.notRecorded');
  switch (dimension) {
    case 'type':
      return translateDynamic(lang, `contactType.${key}`, undefined, key);
    case 'channel':
      return translateDynamic(lang, `channel.${key}`, undefined, key);
    case 'theme':
      return THEME_LABELS[key as Theme]?.[lang] ?? key;
    case 'language':
      return SERVICE_LANGUAGE_LABELS[key]?.[lang] ?? key;
    case 'location':
      return lookups.locations.get(key) ?? key;
    case 'municipality': {
      const municipality = municipalityByNis(key);
      return municipality ? municipalityName(municipality, lang) : key;
    }
    case 'tag':
      return labelIn(lookups.tags.get(key) ?? {}, lang) ?? key;
    case 'activityKind':
      return (
        lookups.kinds.get(key)?.[lang] ??
        translateDynamic(lang, `activityKind.${key}`, undefined, key)
      );
  }
}

type Row = { label: string; count: number; previous: number; unknown: boolean };

/** Most first (then a year earlier, then by label); "not recorded" last. */
function sortRows(rows: Row[], lang: UiLanguage): Row[] {
  return rows.sort(
    (a, b) =>
      Number(a.unknown) - Number(b.unknown) ||
      b.count - a.count ||
      b.previous - a.previous ||
      a.label.localeCompare(b.label, lang),
  );
}

/** Every table of the dashboard, translated into `lang`. */
export function dashboardTables(data: Dashboard, lang: UiLanguage, lookups: Lookups): Table[] {
  const t = (key: MessageKey) => translate(lang, key);
  const headers = (label: 'figure' | 'category' | 'month' | Breakdown) => ({
    label: t(`export.column.${label}`),
    count: t('export.column.current'),
    previous: t('export.column.previous'),
    change: t('export.column.change'),
    percent: t('export.column.changePercent'),
  });
  const title = (id: ExportTable) => t(`export.table.${id}`);
  const tables: Table[] = [
    comparisonTable('summary', title('summary'), headers('figure'), [
      { label: t('export.row.contacts'), count: data.total, previous: data.previousTotal },
    ]),
    ...(['activities', 'reached'] as const).map((id) =>
      comparisonTable(
        id,
        title(id),
        headers('category'),
        data.activities.map((a) => ({
          label: t(`activityCategory.${a.category}`),
          count: id === 'activities' ? a.activities : a.reached,
          previous: id === 'activities' ? a.previousActivities : a.previousReached,
        })),
      ),
    ),
  ];
  for (const dimension of DASHBOARD_BREAKDOWNS) {
    const list = [...data.breakdowns[dimension]];
    // The municipality table lists all 19 municipalities, also those without contacts.
    if (dimension === 'municipality')
      for (const m of BRUSSELS_MUNICIPALITIES)
        if (!list.some((row) => row.key === m.nis))
          list.push({ key: m.nis, count: 0, previous: 0 });
    const rows = list.map((row) => ({
      label: breakdownLabel(dimension, row.key, lang, lookups),
      count: row.count,
      previous: row.previous,
      unknown: row.key === null,
    }));
    tables.push(
      comparisonTable(dimension, title(dimension), headers(dimension), sortRows(rows, lang)),
    );
  }
  tables.push(
    comparisonTable(
      'months',
      title('months'),
      headers('month'),
      data.months.map((m) => ({ label: m.month, count: m.count, previous: m.previous })),
    ),
  );
  return tables;
}

/** CSV and XLSX files of the dashboard's tables, for any period and filters, in any UI language. */
export function createDashboardExportService(deps: ServiceDeps) {
  const stats = createContactStatsService(deps);

  async function lookups(actor: Actor): Promise<Lookups> {
    const ctx = orgContext(actor);
    return withContext(deps.db, ctx, async (tx) => {
      const places = await tx
        .select({ id: locations.id, name: locations.name })
        .from(locations)
        .where(eq(locations.organisationId, ctx.organisationId));
      const tags = await tx
        .select({ slug: contactTags.slug, labels: contactTags.labels })
        .from(contactTags)
        .where(eq(contactTags.organisationId, ctx.organisationId));
      const kinds = await kindsOf(tx, ctx.organisationId);
      return {
        locations: new Map(places.map((p) => [p.id, p.name])),
        tags: new Map(tags.map((tag) => [tag.slug, tag.labels as PartialLabels])),
        kinds: new Map(kinds.map((kind) => [kind.slug, kind.labels as PartialLabels])),
      };
    });
  }

  /** The translated tables for a period and filters (checks the period and the permission). */
  async function tables(actor: Actor, query: DashboardQuery, lang: UiLanguage): Promise<Table[]> {
    requirePermission(actor, 'aggregates.read');
    const data = await stats.dashboard(actor, query);
    return dashboardTables(data, lang, await lookups(actor));
  }

  return {
    tables,

    async file(actor: Actor, request: DashboardExportRequest): Promise<ExportFile> {
      const { format, table, lang, delimiter, ...query } = request;
      const all = await tables(actor, query, lang);
      const chosen = table === 'all' ? all : all.filter((t) => t.id === table);
      // The table's name in the file's language: contacten-per-gemeente-2023-01-01_2023-12-31.csv.
      const name =
        table === 'all'
          ? `${translate(lang, 'export.table.summary')} ${translate(lang, 'export.table.all')}`
          : translate(lang, `export.table.${table}`);
      const filename = `${fileNamePart(name)}-${query.from}_${query.to}.${format}`;
      if (format === 'xlsx')
        return {
          filename,
          contentType: CONTENT_TYPES.xlsx,
          body: await tablesToXlsx(chosen, {
            title: translate(lang, 'export.workbookTitle', { from: query.from, to: query.to }),
            created: deps.clock(),
          }),
        };
      const single =
        table === 'all'
          ? stackTables(
              'all',
              translate(lang, 'export.table.all'),
              { header: translate(lang, 'export.column.table'), kind: 'text' },
              [
                translate(lang, 'export.column.item'),
                ...chosen[0]!.columns.slice(1).map((c) => c.header),
              ],
              chosen,
            )
          : chosen[0]!;
      return {
        filename,
        contentType: CONTENT_TYPES.csv,
        body: tableToCsv(single, { delimiter: delimiter === 'semicolon' ? ';' : ',' }),
      };
    },
  };
}

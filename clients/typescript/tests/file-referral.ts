/**
 * Against a running system: FINANCE files a referral report, then SUPERVISION reads its inbox
 * until the report's copy arrives (R6). Prints one JSON line of what it saw.
 *
 *   REFERRALS_URL=… NOTIFICATIONS_URL=… FILER_TOKEN=… READER_TOKEN=… \
 *     node dist/tests/file-referral.js
 */
import {
  idempotencyKey,
  notificationsClient,
  type notifications,
  referralsClient,
  type referrals,
} from "../src/index.js";

type ReportCreate = referrals.components["schemas"]["ReportCreate"];
type InboxItem = notifications.components["schemas"]["InboxItemRead"];

function setting(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
}

const SUPERVISION = process.env.READER_DEPARTMENT ?? "SZ-SUPERVISION";
const TIMEOUT_MS = Number(process.env.TIMEOUT_MS ?? "60000");

const filer = referralsClient({ baseUrl: setting("REFERRALS_URL"), token: setting("FILER_TOKEN") });
const reader = notificationsClient({
  baseUrl: setting("NOTIFICATIONS_URL"),
  token: setting("READER_TOKEN"),
});

const report: ReportCreate = {
  kind: "financial_inspection_report",
  purpose: "referral",
  title: "专项资金使用情况检查报告（TypeScript 客户端）",
  summary: "检查发现城管局挪用专项资金，建议移送监察局处理。",
  concerned_department: "SZ-URBAN-MGMT",
};

/** Files the report; the same key sent again replays the first answer, creating nothing. */
async function file(key: string): Promise<{ id: string; replayed: string | null }> {
  const { data, error, response } = await filer.POST("/referral-reports", {
    params: { header: { "Idempotency-Key": key } },
    body: report,
  });
  if (data === undefined) {
    throw new Error(`filing answered ${response.status}: ${JSON.stringify(error)}`);
  }
  return { id: data.id, replayed: response.headers.get("Idempotent-Replayed") };
}

/** Reads every page of SUPERVISION's inbox, keeping the items about one report. */
async function itemsAbout(reportId: string): Promise<InboxItem[]> {
  const found: InboxItem[] = [];
  let cursor: string | undefined;
  do {
    const { data, error, response } = await reader.GET("/departments/{department}/inbox", {
      params: { path: { department: SUPERVISION }, query: { limit: 200, cursor } },
    });
    if (data === undefined) {
      throw new Error(`inbox answered ${response.status}: ${JSON.stringify(error)}`);
    }
    found.push(...data.items.filter((item) => item.subject === reportId));
    cursor = data.next_cursor ?? undefined;
  } while (cursor !== undefined);
  return found;
}

const key = idempotencyKey();
const first = await file(key);
const again = await file(key);
const deadline = Date.now() + TIMEOUT_MS;
let polls = 0;
let items: InboxItem[] = [];
while (items.length === 0) {
  if (Date.now() > deadline) {
    throw new Error(`no copy of ${first.id} in ${SUPERVISION}'s inbox after ${TIMEOUT_MS} ms`);
  }
  polls += 1;
  items = await itemsAbout(first.id);
  if (items.length === 0) {
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
console.log(
  JSON.stringify({
    report_id: first.id,
    retried_id: again.id,
    retried_replayed: again.replayed,
    polls,
    items,
  }),
);

import type { ClientHeaders, CustomerSegmentsSdk } from "../customer-segments-sdk"
import type {
  ClassificationListParams,
  ClassificationListResponse,
  ClassificationMigrationParams,
  ClassificationReportResponse,
  ClassificationResponse,
  ClearClassificationOverridesResponse,
  CreateClassificationPayload,
  MigrationResponse,
} from "../types/classifications"
import type { SegmentRunResponse } from "../types/runs"

const BASE = "/admin/customer-segment-classifications"
const classificationPath = (id: string) => `${BASE}/${encodeURIComponent(id)}`

/** The `/admin/customer-segment-classifications` routes: ABC classifications and their runs. */
export function createClassificationsClient({ client }: CustomerSegmentsSdk) {
  return {
    /** `GET /admin/customer-segment-classifications` */
    list: (query?: ClassificationListParams, headers?: ClientHeaders) =>
      client.fetch<ClassificationListResponse>(BASE, { query, headers }),

    /** `POST /admin/customer-segment-classifications`: tiers A/B/C 80/15/5 unless `tiers` is given. */
    create: (body: CreateClassificationPayload, headers?: ClientHeaders) =>
      client.fetch<ClassificationResponse>(BASE, { method: "POST", body, headers }),

    /** `GET /admin/customer-segment-classifications/:id`: with its tiers and their member counts. */
    retrieve: (id: string, headers?: ClientHeaders) =>
      client.fetch<ClassificationResponse>(classificationPath(id), { headers }),

    /** `POST /admin/customer-segment-classifications/:id/run`: 202 with the pending run. */
    run: (id: string, headers?: ClientHeaders) =>
      client.fetch<SegmentRunResponse>(`${classificationPath(id)}/run`, { method: "POST", headers }),

    /** `GET /admin/customer-segment-classifications/:id/runs/:run_id` */
    retrieveRun: (id: string, runId: string, headers?: ClientHeaders) =>
      client.fetch<SegmentRunResponse>(
        `${classificationPath(id)}/runs/${encodeURIComponent(runId)}`,
        { headers }
      ),

    /** `POST /admin/customer-segment-classifications/:id/overrides/clear`: 202; re-runs it. */
    clearOverrides: (id: string, headers?: ClientHeaders) =>
      client.fetch<ClearClassificationOverridesResponse>(`${classificationPath(id)}/overrides/clear`, {
        method: "POST",
        body: {},
        headers,
      }),

    /** `GET /admin/customer-segment-classifications/:id/migration`: tier moves between two dates. */
    migration: (id: string, query: ClassificationMigrationParams, headers?: ClientHeaders) =>
      client.fetch<MigrationResponse>(`${classificationPath(id)}/migration`, { query, headers }),

    /** `GET /admin/customer-segment-classifications/:id/report`: customers and sales per tier. */
    report: (id: string, headers?: ClientHeaders) =>
      client.fetch<ClassificationReportResponse>(`${classificationPath(id)}/report`, { headers }),
  }
}

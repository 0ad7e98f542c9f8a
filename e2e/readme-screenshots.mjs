// The e2e screenshots the README shows, copied to docs/screenshots/ after a
// run that passed when E2E_UPDATE_SCREENSHOTS=1 (they are committed; the
// e2e/screenshots/ folder is not).
import { copyFileSync, mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"

const DOCS = fileURLToPath(new URL("../docs/screenshots/", import.meta.url))

/** e2e screenshot → README screenshot. */
export const README_SCREENSHOTS = {
  "02-segments-list.png": "segment-list.png",
  "06-link-price-list-promotion.png": "segment-detail.png",
  "08-remove-member.png": "segment-members.png",
  "12-rule-segment-preview-rules.png": "segment-rules.png",
  "11-customer-tier-override-manual.png": "customer-widgets.png",
  "09-simulate-customer-member.png": "customer-simulator.png",
  "09-simulate-customer-segment-preview.png": "segment-member-preview.png",
  "13-product-exclusive-exclusive.png": "product-widget.png",
  "10-run-classification-tiers.png": "classification-tiers.png",
  "14-segment-reports-sales.png": "segment-reports.png",
  "15-price-list-estimate-picker.png": "price-list-estimate.png",
  "16-rule-changes-impact-rules.png": "rule-changes-impact.png",
}

export function updateReadmeScreenshots(screenshotsDir) {
  mkdirSync(DOCS, { recursive: true })
  for (const [from, to] of Object.entries(README_SCREENSHOTS)) {
    copyFileSync(`${screenshotsDir}${from}`, `${DOCS}${to}`)
  }
  return Object.keys(README_SCREENSHOTS).length
}

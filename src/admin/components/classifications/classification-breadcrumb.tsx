import { useClassification } from "../../hooks/use-classifications"

/** The classification's name in the dashboard's breadcrumbs (its id while loading). */
export const ClassificationBreadcrumb = ({ id }: { id: string }) => {
  const { classification } = useClassification(id)
  return <span>{classification?.name ?? id}</span>
}

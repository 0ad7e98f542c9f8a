import type { CustomerSegment } from "../../client"

/** Colors `StatusBadge` and `Badge` accept. */
export type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Any record reduced to what a picker or a linked-records table shows. */
export type RecordRow = {
  id: string
  title: string
  subtitle?: string | null
  status?: { label: string; color: BadgeColor }
  thumbnail?: string | null
}

/**
 * A list route of the API and how to show its records. Used by the pickers
 * ("Add customers", "Add price lists", …) and by the linked-records tables.
 */
export type RecordResource = {
  /** Cache-key name. */
  key: string
  /** GET route listing the records; must accept `q`, `limit`, `offset`, `fields`. */
  listPath: string
  /** Key of the array in the list response. */
  responseKey: string
  /** `fields` to request. */
  fields: string
  /** Plural, sentence case: "Price lists". */
  plural: string
  /** Singular, lower case: "price list". */
  singular: string
  columns: { title: string; subtitle?: string; status?: string }
  hasThumbnail?: boolean
  /** Path of the record's page in the dashboard. */
  href?: (id: string) => string
  toRow: (record: any) => RecordRow
}

const statusColors: Record<string, BadgeColor> = {
  active: "green",
  published: "green",
  draft: "grey",
  proposed: "orange",
  inactive: "red",
  rejected: "red",
}

const capitalize = (value: string) =>
  value ? value[0].toUpperCase() + value.slice(1) : value

const toStatus = (status?: string | null) =>
  status
    ? { label: capitalize(status), color: statusColors[status] ?? "grey" }
    : undefined

export const customerName = (customer: {
  first_name?: string | null
  last_name?: string | null
}) =>
  [customer.first_name, customer.last_name].filter(Boolean).join(" ") || null

export const CUSTOMER_RESOURCE: RecordResource = {
  key: "customers",
  listPath: "/admin/customers",
  responseKey: "customers",
  fields: "id,email,first_name,last_name,company_name,has_account",
  plural: "Customers",
  singular: "customer",
  columns: { title: "Name", subtitle: "Email", status: "Account" },
  href: (id) => `/customers/${id}`,
  toRow: (customer) => ({
    id: customer.id,
    title: customerName(customer) ?? customer.email ?? customer.id,
    subtitle: customer.email,
    status: customer.has_account
      ? { label: "Registered", color: "green" }
      : { label: "Guest", color: "grey" },
  }),
}

/** Admin users, to name who set a manual override (`set_by`, `added_by`). */
export const USER_RESOURCE: RecordResource = {
  key: "users",
  listPath: "/admin/users",
  responseKey: "users",
  fields: "id,email,first_name,last_name",
  plural: "Users",
  singular: "user",
  columns: { title: "Name", subtitle: "Email" },
  toRow: (user) => ({
    id: user.id,
    title: customerName(user) ?? user.email ?? user.id,
    subtitle: user.email,
  }),
}

export const CUSTOMER_SEGMENT_RESOURCE: RecordResource = {
  key: "customer_segments",
  listPath: "/admin/customer-segments",
  responseKey: "customer_segments",
  fields: "id,name,handle,is_active",
  plural: "Customer segments",
  singular: "customer segment",
  columns: { title: "Name", subtitle: "Handle", status: "Status" },
  href: (id) => `/customer-segments/${id}`,
  toRow: (segment: CustomerSegment) => ({
    id: segment.id,
    title: segment.name,
    subtitle: segment.handle,
    status: segment.is_active
      ? { label: "Active", color: "green" }
      : { label: "Inactive", color: "grey" },
  }),
}

export const PRICE_LIST_RESOURCE: RecordResource = {
  key: "price_lists",
  listPath: "/admin/price-lists",
  responseKey: "price_lists",
  fields: "id,title,status,type",
  plural: "Price lists",
  singular: "price list",
  columns: { title: "Title", subtitle: "Type", status: "Status" },
  href: (id) => `/price-lists/${id}`,
  toRow: (priceList) => ({
    id: priceList.id,
    title: priceList.title,
    subtitle: priceList.type ? capitalize(priceList.type) : null,
    status: toStatus(priceList.status),
  }),
}

export const PROMOTION_RESOURCE: RecordResource = {
  key: "promotions",
  listPath: "/admin/promotions",
  responseKey: "promotions",
  fields: "id,code,status,is_automatic",
  plural: "Promotions",
  singular: "promotion",
  columns: { title: "Code", subtitle: "Method", status: "Status" },
  href: (id) => `/promotions/${id}`,
  toRow: (promotion) => ({
    id: promotion.id,
    title: promotion.code,
    subtitle:
      promotion.is_automatic === undefined
        ? null
        : promotion.is_automatic
          ? "Automatic"
          : "Coupon code",
    status: toStatus(promotion.status),
  }),
}

export const PRODUCT_RESOURCE: RecordResource = {
  key: "products",
  listPath: "/admin/products",
  responseKey: "products",
  fields: "id,title,handle,thumbnail,status",
  plural: "Products",
  singular: "product",
  columns: { title: "Product", subtitle: "Handle", status: "Status" },
  hasThumbnail: true,
  href: (id) => `/products/${id}`,
  toRow: (product) => ({
    id: product.id,
    title: product.title,
    subtitle: product.handle ? `/${product.handle}` : null,
    thumbnail: product.thumbnail,
    status: toStatus(product.status),
  }),
}

export const PRODUCT_CATEGORY_RESOURCE: RecordResource = {
  key: "product_categories",
  listPath: "/admin/product-categories",
  responseKey: "product_categories",
  fields: "id,name,handle",
  plural: "Product categories",
  singular: "product category",
  columns: { title: "Name", subtitle: "Handle" },
  href: (id) => `/categories/${id}`,
  toRow: (category) => ({
    id: category.id,
    title: category.name,
    subtitle: category.handle ? `/${category.handle}` : null,
  }),
}

export const SALES_CHANNEL_RESOURCE: RecordResource = {
  key: "sales_channels",
  listPath: "/admin/sales-channels",
  responseKey: "sales_channels",
  fields: "id,name,description",
  plural: "Sales channels",
  singular: "sales channel",
  columns: { title: "Name", subtitle: "Description" },
  href: (id) => `/settings/sales-channels/${id}`,
  toRow: (channel) => ({
    id: channel.id,
    title: channel.name,
    subtitle: channel.description,
  }),
}

export { default as CustomerSegment } from "./customer-segment"

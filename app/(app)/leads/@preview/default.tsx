/** No lead is previewed: on the list itself, and when a lead page is opened directly. */
export default function NoPreview() {
  return null;
}

/** Fills `{name}` placeholders; unknown names stay as written so that a missing value shows rather than vanishes. */
export function fillMessage(template: string, data: Readonly<Record<string, string>> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => data[name] ?? whole);
}

/** The `m.relates_to` of an event's content, when it is an object. */
export function relationOf(content: Record<string, unknown>): Record<string, unknown> | undefined {
  const relation = content["m.relates_to"];
  return typeof relation === "object" && relation !== null
    ? (relation as Record<string, unknown>)
    : undefined;
}

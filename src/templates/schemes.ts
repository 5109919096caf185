/**
 * The three schemes a template belongs to, in the order the pane lists them.
 * A module of its own, without the schema's validators, so a page that only
 * lists the catalog does not load them.
 */
export const SCHEMES = ['shuji', 'activity', 'brand'] as const;

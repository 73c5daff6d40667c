// Labelled controls for the GET filter forms of the list pages, and their options.
export { FilterInput, FilterSelect } from "./filter-controls";

export const optionsOf = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

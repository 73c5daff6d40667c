// The options of a list's select filters, from a label table.
export const optionsOf = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((k) => ({ value: k, label: labels[k] }));

/**
 * Kubernetes resource quantities (`3920m`, `4`, `15Gi`, `16384Ki`, `1e3`) in the units placement counts:
 * CPU in millicores, memory in MiB. Unparseable input gives undefined rather than a guess.
 */
const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 } as const;
const DECIMAL = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 } as const;

/** A quantity as a plain number of its base unit (cores, bytes): `250m` → 0.25, `1Gi` → 1073741824. */
export const parseQuantity = (quantity: string): number | undefined => {
  const match = /^([+-]?[0-9.]+(?:[eE][+-]?[0-9]+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(quantity.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return undefined;
  const suffix = match[2] ?? '';
  const factor = suffix in BINARY ? BINARY[suffix as keyof typeof BINARY] : DECIMAL[suffix as keyof typeof DECIMAL];
  return value * factor;
};

export const cpuMillicores = (quantity: string): number | undefined => {
  const cores = parseQuantity(quantity);
  return cores === undefined ? undefined : Math.floor(cores * 1000);
};

export const memoryMiB = (quantity: string): number | undefined => {
  const bytes = parseQuantity(quantity);
  return bytes === undefined ? undefined : Math.floor(bytes / 2 ** 20);
};

import type { CreateService } from './service';

/** The catalog a new platform starts with. Prices are in euro cents per billing period. */
export const catalogSeed: CreateService[] = [
  {
    slug: 'n8n',
    name: 'n8n',
    description: 'Workflow automation with a visual editor and hundreds of integrations.',
    version: '1.64.0',
    template: 'n8n',
    active: true,
    plans: [
      { id: 'starter', name: 'Starter', price: { amount: 1900, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 5 } },
      { id: 'pro', name: 'Pro', price: { amount: 4900, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 2000, memoryMiB: 4096, storageGiB: 20 } },
      { id: 'pro-yearly', name: 'Pro (yearly)', price: { amount: 49000, currency: 'EUR' }, billingPeriod: 'year', limits: { cpuMillicores: 2000, memoryMiB: 4096, storageGiB: 20 } },
    ],
  },
  {
    slug: 'ghost',
    name: 'Ghost',
    description: 'A publishing platform for blogs, newsletters and paid memberships.',
    version: '5.96.0',
    template: 'ghost',
    active: true,
    plans: [
      // Ghost documents 1 GB of memory for itself and MySQL (templates/app-minimums.ts).
      { id: 'starter', name: 'Starter', price: { amount: 900, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 500, memoryMiB: 1024, storageGiB: 5 } },
      { id: 'business', name: 'Business', price: { amount: 2900, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 1000, memoryMiB: 2048, storageGiB: 25 } },
    ],
  },
  {
    slug: 'wordpress',
    name: 'WordPress',
    description: 'The most used website and blog engine, with its MariaDB database.',
    version: '6.6.2',
    template: 'wordpress',
    active: true,
    plans: [
      // PHP's 256 MB dashboard limit beside MariaDB (templates/app-minimums.ts).
      { id: 'personal', name: 'Personal', price: { amount: 700, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 500, memoryMiB: 768, storageGiB: 10 } },
      { id: 'business', name: 'Business', price: { amount: 2500, currency: 'EUR' }, billingPeriod: 'month', limits: { cpuMillicores: 1000, memoryMiB: 2048, storageGiB: 50 } },
    ],
  },
];

import { loadOnFirstCall } from '../aws/load-on-first-call';
import type { ExportStore } from './export-store';

/** The account exports' store, loaded with the S3 client at its first call: small exports are answered inline. */
export const s3ExportStoreOnFirstCall = (bucket: string): ExportStore =>
  loadOnFirstCall<ExportStore>(['put', 'downloadLink'], async () => {
    const [{ s3ExportStore }, { s3Client }] = await Promise.all([import('./s3-export-store'), import('../aws/s3-client')]);
    return s3ExportStore(s3Client(), bucket);
  });

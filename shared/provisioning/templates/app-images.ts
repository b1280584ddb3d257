import { isTemplateName, type TemplateName } from './template-name';

/**
 * Where each template's app image comes from when the catalog names only a version (services created before
 * versions were listed, instances that recorded no image): the official image, the version as its tag.
 */
const defaults: Record<TemplateName, (version: string) => { image: string; tag: string }> = {
  n8n: (version) => ({ image: 'n8nio/n8n', tag: version }),
  ghost: (version) => ({ image: 'ghost', tag: version }),
  wordpress: (version) => ({ image: 'wordpress', tag: `${version}-apache` }),
};

/**
 * A service on a template the platform cannot render yet is listed with its template's name as the image
 * (a slug may hold `--`, which an image name may not).
 */
export const defaultAppImage = (template: string, version: string) =>
  isTemplateName(template) ? defaults[template](version) : { image: template.replace(/-{2,}/g, '-'), tag: version };

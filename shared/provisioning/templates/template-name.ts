/** The templates the platform can render; a catalog service names one in its `template` field. */
export const templateNames = ['n8n', 'ghost', 'wordpress'] as const;

export type TemplateName = (typeof templateNames)[number];

export const isTemplateName = (value: string): value is TemplateName => (templateNames as readonly string[]).includes(value);

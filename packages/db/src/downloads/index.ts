// Download grants (one per order item) and the log of served downloads. Owned by the API module of the same name.
export { DownloadEvent } from './download-event.entity.ts';
export { DownloadGrant } from './download-grant.entity.ts';

// The email outbox. Owned by the API module of the same name.
export { Email, type EmailStatus, emailStatuses } from './email.entity.ts';

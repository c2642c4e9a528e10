// The audit log of changes made by hand. Owned by the API module of the same name.
export { type AuditActorKind, AuditEntry, auditActorKinds } from './audit-entry.entity.ts';

/**
 * The activity log: who did what and when (AuditLog writes, AuditView shows it to administrators).
 * <p>
 * Knows no feature: callers pass an actor, an action name and a subject.
 */
package vn.bantin.audit;

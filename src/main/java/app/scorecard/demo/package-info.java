/**
 * The {@code demo} profile: well-known accounts (admin/admin, manager/manager, manager2/manager2, member/member) and two
 * teams, so a newcomer can try every page at once. Nothing here runs in any other profile.
 */
@org.jspecify.annotations.NullMarked
package app.scorecard.demo;

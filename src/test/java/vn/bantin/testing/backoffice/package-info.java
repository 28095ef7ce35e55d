/**
 * Page objects for the back office in a real browser: what an editor sees and does on the sign-in
 * form, in the bulletin editor and on every back-office page (messages, sign-out). Tests say what
 * a person does ("publish", "attach a photo") and check what they see; the element ids live here.
 * <p>
 * Knows the back office's markup; no test logic, no assertions beyond waiting for a page.
 */
package vn.bantin.testing.backoffice;

/**
 * The accessibility statement ({@code /tuyen-bo-tiep-can}) and readers' feedback from it: checked,
 * paced per sender and in all, kept in the database for administrators (admin/gop-y.xhtml). Knows
 * the platform and security (for the ADMIN check); nothing of bulletins.
 */
package vn.bantin.feedback;

/**
 * Reader preferences: text size and interface language, each kept in a cookie by PreferenceCookie,
 * their forms' servlets and the beans views read them from.
 * <p>
 * Knows nothing of bulletins or the back office; platform learns the chosen language through
 * InterfaceLocale.
 */
package vn.bantin.reading;

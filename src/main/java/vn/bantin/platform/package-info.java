/**
 * What every feature stands on: data source and migration, dates, paging, error pages, plain
 * pages, messages, host and proxy checks, session tuning.
 * <p>
 * Knows no feature: it imports nothing from other packages except the start-up state. The interface
 * language reaches it through the InterfaceLocale service provider.
 */
package vn.bantin.platform;

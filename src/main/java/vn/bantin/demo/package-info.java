/**
 * Demo content for a first run on the embedded database (bulletins, sections, pictures, generated
 * bulletins for paging and benchmarks).
 * <p>
 * Runs at start-up through the start-up steps only; nothing imports it.
 */
package vn.bantin.demo;

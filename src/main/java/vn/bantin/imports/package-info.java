/**
 * Bringing an older portal's bulletins in: {@code config/import.sh} runs
 * {@link vn.bantin.imports.ImportCommand} outside the server, with the WAR's own classes and the
 * JSON jars in WEB-INF/tools. It is a client of the import API only: it knows nothing of the
 * server's classes, and the server nothing of it.
 */
package vn.bantin.imports;

/**
 * The JSON API under /api/v1: reading published bulletins and search, and the write API for editors
 * (BulletinResource, BulletinWriter), with problem+json errors and body limits.
 * <p>
 * Speaks to the domain through its services only; no Faces, no view beans.
 */
package vn.bantin.api;

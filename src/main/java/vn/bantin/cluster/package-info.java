/**
 * Several nodes on one database: every node hears of every other node's changes. ClusterChange is
 * what crosses the data grid (a kind and an id, nothing else); ChangeRelay sends each committed
 * bulletin and section change to the other nodes and, for a change heard from one, drops the
 * entity from this node's shared cache and announces it here as if it had happened here, so the
 * page cache and the search index follow without knowing about the cluster.
 * <p>
 * Knows the change events of bulletin and category and Payara's clustered CDI events; nothing
 * imports it. Off unless the node runs in a cluster ({@code BANTIN_CLUSTER=on}).
 */
package vn.bantin.cluster;

package vn.bantin.listening;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Runs the narrator's queue on a thread of the server's own. An EJB asynchronous call rather than
 * a managed executor task: on Payara the latter's threads carry no component invocation the
 * persistence contexts can live in, so the observers of the changes a reading announces (search
 * index, old addresses) found their entity managers closed. No transaction around the whole
 * queue: each reading is stored and announced in its own (AudioStore.put).
 */
@Stateless
public class NarrationWorker {

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(Runnable work) {
        work.run();
    }
}

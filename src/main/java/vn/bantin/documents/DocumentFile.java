package vn.bantin.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an official document, in a table of their own so lists never load them. */
@Entity
@Table(name = "document_file")
public class DocumentFile {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false)
    private byte[] bytes;

    protected DocumentFile() {
    }

    public DocumentFile(Long documentId, byte[] bytes) {
        this.documentId = documentId;
        this.bytes = bytes.clone();
    }

    public byte[] getBytes() {
        return bytes.clone();
    }
}

import CCurl

/// Why libcurl could not complete a transfer: its result code and its own detailed message.
struct TransportFailure: Error, Sendable {
    var code: CURLcode
    var detail: String

    /// Whether the server's TLS certificate could not be verified against the trusted CAs.
    var isCertificateProblem: Bool {
        switch code {
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR,
            CURLE_SSL_CRL_BADFILE, CURLE_SSL_INVALIDCERTSTATUS, CURLE_SSL_PINNEDPUBKEYNOTMATCH:
            true
        default:
            false
        }
    }

    /// Whether the connection broke after the request may have gone out, before a full reply.
    var isLostConnection: Bool {
        switch code {
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE:
            true
        default:
            false
        }
    }
}

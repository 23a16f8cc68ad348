// Public entry of the certificates module: sellers add OCOP certificates with a
// private scan (submit.server.ts); admins verify, reject and revoke them (review exports).
export {
  EXPIRY_WARNING_DAYS,
  getCertificateScan,
  inspectScan,
  listSellerCertificates,
  submitCertificate,
  validity,
  vietnamToday,
  type ScanFile,
  type SellerCertificate,
  type SubmitResult,
  type Validity,
} from "./submit.server";
export { verifyCertificate, rejectCertificate, revokeCertificate, decideCertificate, certificateDecisionsFor, listCertificatesForAdmin, countCertificatesByStatus, listExpiringCertificates, countExpiringCertificates, getCertificateForAdmin, CERTIFICATE_DECISIONS, EXPIRING_WITHIN_DAYS, ADMIN_CERTIFICATES_PAGE_SIZE, type CertificateDecision, type CertificateDecisionError, type CertificateDecisionResult, type AdminCertificateRow, type AdminCertificateDetail } from "./review.server";

import ConveneCore
import ConveneWorkspace

/// `convene certificates verify CODE`: whose a code is and what it certifies, from the
/// register, with the code recomputed from the register's entry and the row's seal checked, so
/// that an entry edited after issue (other sessions, another name, a withdrawn or superseded
/// code made current) is caught. Reads only.
public enum CertificateVerification {
  /// What a code turned out to be.
  public enum Outcome: Sendable, Equatable {
    /// The person's current certificate.
    case valid(IssuedCertificate)
    /// Issued, then replaced by a newer certificate (the entry of the newer one attached).
    case superseded(IssuedCertificate, by: IssuedCertificate?)
    /// Issued, then withdrawn: the person no longer qualified.
    case withdrawn(IssuedCertificate)
    /// In the register, but its entry does not give its code: the register was changed.
    case altered(IssuedCertificate)
    /// In the register, but the key (`.convene/certificate-key`) is missing: nothing can be
    /// checked.
    case keyMissing(IssuedCertificate)
    /// Not a code this workspace issued.
    case notIssued(VerificationCode)
    /// Not readable as a code.
    case unreadable(VerificationCode.Problem)

    /// True only for a current, unaltered certificate.
    public var isValid: Bool {
      if case .valid = self { return true }
      return false
    }
  }

  /// Checks `typed` against the workspace's register and key.
  public static func verify(_ typed: String, in workspace: Workspace) throws -> Outcome {
    let code: VerificationCode
    do {
      code = try VerificationCode(typed: typed)
    } catch {
      return .unreadable(error)
    }
    let (register, seals) = try CertificateRun.register(of: workspace)
    guard let index = register.firstIndex(where: { $0.code == code.characters }) else {
      try CertificateRun.requireWrittenRegister(in: workspace)
      return .notIssued(code)
    }
    let entry = register[index]
    guard let key = try CertificateKey.load(from: workspace) else { return .keyMissing(entry) }
    let signer = CertificateSigner(key: key)
    // A register written before seals (no seal column, never sealed) is sealed by the next
    // `certificates`; once sealed, a register without seals is an edited one.
    let sealedBefore = workspace.fileSystem.exists(workspace.path(CertificateFiles.sealedMarkName))
    let sealHolds = seals.map { signer.isSealed(entry, by: $0[index]) } ?? !sealedBefore
    guard signer.matches(entry), sealHolds else {
      return .altered(entry)
    }
    try CertificateRun.requireWrittenRegister(in: workspace)
    switch entry.state {
    case .current: return .valid(entry)
    case .withdrawn: return .withdrawn(entry)
    case .superseded:
      return .superseded(
        entry,
        by: register.first { $0.code == entry.replacedBy && $0.participant == entry.participant })
    }
  }
}

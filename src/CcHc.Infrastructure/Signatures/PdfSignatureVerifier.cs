using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using CcHc.Domain.Plans;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// Checks the digital signatures of a PDF (CMS detached, ISO 32000-1 12.8): a pure function of the bytes and the
/// time given. It answers whether the file is intact since each signature, who signed it, and — given the deployment's
/// <see cref="TrustAnchors"/> — whether each signer's certificate passes its own checks and chains to an anchor
/// (<see cref="CertificateChainValidator"/>); revocation is not checked (offline). Never throws on any input.
/// </summary>
public static class PdfSignatureVerifier
{
    /// <summary>More signatures than this are not examined (a real plan carries one or two).</summary>
    public const int MaxSignatures = 16;

    private const int TrailerSearch = 1024;

    /// <summary>Without anchors nothing is trusted: an intact signature is at best "Chưa xác định".</summary>
    public static PdfVerification Verify(ReadOnlyMemory<byte> pdf, DateTimeOffset now) => Verify(pdf, now, TrustAnchors.None, PdfParseBudget.Default);

    public static PdfVerification Verify(ReadOnlyMemory<byte> pdf, DateTimeOffset now, TrustAnchors anchors) => Verify(pdf, now, anchors, PdfParseBudget.Default);

    public static PdfVerification Verify(ReadOnlyMemory<byte> pdf, DateTimeOffset now, PdfParseBudget budget) => Verify(pdf, now, TrustAnchors.None, budget);

    /// <summary>
    /// Checks every signature against <paramref name="anchors"/>, refusing before any hashing when the signatures
    /// together cover more than <see cref="PdfParseBudget.MaxSignedBytes"/> (each one costs a copy and a hash of what it covers).
    /// </summary>
    public static PdfVerification Verify(ReadOnlyMemory<byte> pdf, DateTimeOffset now, TrustAnchors anchors, PdfParseBudget budget)
    {
        ArgumentNullException.ThrowIfNull(anchors);
        ArgumentNullException.ThrowIfNull(budget);
        var bytes = pdf.Span;
        if (!LooksLikePdf(bytes))
        {
            return new PdfVerification { IsPdf = false, FileLength = bytes.Length, Failure = PdfVerificationFailure.NotPdf, Message = PdfVerificationMessages.NotPdf };
        }

        var scan = SignatureDictionaryScanner.Scan(bytes, MaxSignatures);
        var length = bytes.Length;
        var signedBytes = scan.Signatures.Sum(s => s.ByteRange[1] + s.ByteRange[3] + (s.ContentsHex.GetOffsetAndLength(length).Length / 2));
        if (signedBytes > budget.MaxSignedBytes)
        {
            return new PdfVerification
            {
                IsPdf = true,
                FileLength = bytes.Length,
                Failure = PdfVerificationFailure.OverBudget,
                Message = PdfParseBudget.Refusal($"các chữ ký số cùng bao trùm hơn {PdfParseBudget.Megabytes(budget.MaxSignedBytes)}"),
            };
        }

        var signatures = new List<PdfSignature>(scan.Signatures.Count);
        foreach (var raw in scan.Signatures)
        {
            signatures.Add(ExamineSafely(pdf, raw, signatures.Count + 1, now, anchors));
        }

        var result = new PdfVerification { IsPdf = true, FileLength = bytes.Length, Signatures = signatures };
        if (scan.TooMany)
        {
            return result with { Failure = PdfVerificationFailure.TooManySignatures, Message = PdfVerificationMessages.TooMany(MaxSignatures) };
        }

        if (scan.MalformedNumber is { } number)
        {
            return result with { Failure = PdfVerificationFailure.MalformedSignature, Message = PdfVerificationMessages.Malformed(number, scan.MalformedReason!) };
        }

        if (signatures.Count == 0)
        {
            return result with { Failure = PdfVerificationFailure.NoSignature, Message = PdfVerificationMessages.NoSignature };
        }

        if (signatures.FirstOrDefault(s => !s.IsSupportedSubFilter) is { } unsupported)
        {
            return result with
            {
                Failure = PdfVerificationFailure.UnsupportedSubFilter,
                Message = PdfVerificationMessages.UnsupportedSubFilter(unsupported.Number, unsupported.SubFilter),
            };
        }

        if (signatures.FirstOrDefault(s => !s.DigestMatches) is { } mismatch)
        {
            return result with
            {
                Failure = PdfVerificationFailure.DigestMismatch,
                Message = PdfVerificationMessages.DigestMismatchOf(mismatch.Number, signatures.Count),
            };
        }

        var covered = signatures.Max(s => s.SignedRevisionLength);
        if (covered < bytes.Length)
        {
            // Only a DSS (long-term validation data) that adds nothing else may follow the last signature.
            var appended = LongTermValidation.Read(pdf, (int)covered, scan.Signatures.Select(s => s.ContentsHex), budget);
            if (appended.Data is null)
            {
                return result with
                {
                    Failure = PdfVerificationFailure.DataAfterLastSignature,
                    Message = appended.Refusal ?? PdfVerificationMessages.DataAfterLastSignature(bytes.Length - covered),
                };
            }

            result = result with { LongTermValidation = appended.Data };
        }

        return result;
    }

    /// <summary>
    /// The signed file keeps the issued export byte for byte as its first revision (incremental signing only appends),
    /// and a signature that matches its content covers at least that prefix.
    /// </summary>
    public static bool StartsWithRevision(ReadOnlyMemory<byte> signedFile, ReadOnlySpan<byte> issuedFile)
    {
        if (issuedFile.IsEmpty || signedFile.Length <= issuedFile.Length || !signedFile.Span.StartsWith(issuedFile))
        {
            return false;
        }

        // The time only decides IsExpired, which does not matter here.
        var verification = Verify(signedFile, DateTimeOffset.UnixEpoch);
        var prefix = issuedFile.Length;
        return verification.Signatures.Any(s => s.DigestMatches && s.ByteRange[0] == 0 && s.ByteRange[1] >= prefix);
    }

    /// <summary>Starts with the header "%PDF-" and has an end-of-file marker in its last kilobyte.</summary>
    private static bool LooksLikePdf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF-"u8) && bytes[^Math.Min(bytes.Length, TrailerSearch)..].LastIndexOf("%%EOF"u8) >= 0;

    private static PdfSignature ExamineSafely(ReadOnlyMemory<byte> pdf, RawSignature raw, int number, DateTimeOffset now, TrustAnchors anchors)
    {
        try
        {
            return Examine(pdf, raw, number, now, anchors);
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException or ArgumentException or InvalidOperationException
                                   or FormatException or OverflowException)
        {
            // A CMS structure the framework cannot read: the signature is reported, and it does not verify.
            var br = raw.ByteRange;
            return new PdfSignature
            {
                Number = number,
                SubFilter = raw.SubFilter,
                ByteRange = br,
                DigestMatches = false,
                CoversWholeFile = br[0] == 0 && br[2] + br[3] == pdf.Length,
                Trust = SignatureTrust.Invalid,
                TrustFindings = [UnreadableSignature],
            };
        }
    }

    private const string UnreadableSignature = "Không đọc được dữ liệu chữ ký số (CMS), nên chữ ký không được công nhận.";
    private const string NotMatching = "Chữ ký số không khớp với nội dung đã ký: tệp đã bị sửa sau khi ký.";

    private static PdfSignature Examine(ReadOnlyMemory<byte> pdf, RawSignature raw, int number, DateTimeOffset now, TrustAnchors anchors)
    {
        var examined = ExamineContent(pdf, raw, number, now, anchors, out var judged);
        return judged ? examined : examined with
        {
            Trust = examined.IsSupportedSubFilter ? SignatureTrust.Invalid : SignatureTrust.Undetermined,
            TrustFindings = examined.IsSupportedSubFilter ? [examined.DigestAlgorithm is null ? UnreadableSignature : NotMatching]
                : [$"Chữ ký số có định dạng {examined.SubFilter ?? "(không ghi)"}, CcHc chưa kiểm tra được định dạng này."],
        };
    }

    private static PdfSignature ExamineContent(ReadOnlyMemory<byte> pdf, RawSignature raw, int number, DateTimeOffset now, TrustAnchors anchors, out bool judged)
    {
        judged = false;
        var br = raw.ByteRange;
        var signature = new PdfSignature
        {
            Number = number,
            SubFilter = raw.SubFilter,
            ByteRange = br,
            DigestMatches = false,
            CoversWholeFile = br[0] == 0 && br[2] + br[3] == pdf.Length,
        };
        if (PdfDate.Parse(raw.ModificationDate ?? "") is { } modified)
        {
            signature = signature with { SigningTime = modified, SigningTimeSource = Signatures.SigningTimeSource.SignatureDictionary };
        }

        if (!signature.IsSupportedSubFilter)
        {
            return signature;
        }

        var der = PdfLexer.DecodeHex(pdf.Span[raw.ContentsHex]);
        var content = new byte[br[1] + br[3]];
        pdf.Span.Slice((int)br[0], (int)br[1]).CopyTo(content);
        pdf.Span.Slice((int)br[2], (int)br[3]).CopyTo(content.AsSpan((int)br[1]));

        SignedCms cms;
        try
        {
            cms = new SignedCms(new ContentInfo(content), detached: true);
            cms.Decode(TrimPadding(der));
        }
        catch (Exception e) when (e is CryptographicException or AsnContentException or ArgumentException)
        {
            return signature;
        }

        if (cms.SignerInfos.Count == 0)
        {
            return signature;
        }

        var signer = cms.SignerInfos[0];
        signature = signature with { DigestAlgorithm = DigestName(signer.DigestAlgorithm.Value) };
        var certificate = signer.Certificate;
        if (certificate is not null)
        {
            signature = signature with
            {
                SignerCommonName = NamePart(certificate.SubjectName, "2.5.4.3"),
                SignerOrganisation = NamePart(certificate.SubjectName, "2.5.4.10"),
                SignerSubject = certificate.Subject,
                CertificateThumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256),
                CertificateNotBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
                CertificateNotAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
                IsSelfSigned = CertificateChainValidator.IsSelfSigned(certificate),
                IsExpired = now > certificate.NotAfter.ToUniversalTime(),
            };
        }

        if (SignedSigningTime(signer) is { } signedTime)
        {
            signature = signature with { SigningTime = signedTime, SigningTimeSource = Signatures.SigningTimeSource.SignedAttribute };
        }

        signature = signature with { DigestMatches = SignatureHolds(cms, signer, content) };
        if (!signature.DigestMatches)
        {
            return signature;
        }

        judged = true;
        if (certificate is null)
        {
            return signature with { Trust = SignatureTrust.Undetermined, TrustFindings = ["Tệp không kèm chứng thư số của người ký, nên chưa xác định được ai đã ký."] };
        }

        // The time of a timestamp that passed its checks, else the signing time the signer states: the certificate
        // must be valid then. A timestamp that fails its checks makes the signature no better than its own outcome.
        var stamp = SignatureTimestamps.Check(signer, anchors);
        if (stamp is { Trust: SignatureTrust.Valid, Time: { } stamped })
        {
            signature = signature with { SigningTime = stamped, SigningTimeSource = Signatures.SigningTimeSource.Timestamp };
        }

        var at = signature.SigningTime ?? now;
        var chain = CertificateChainValidator.Validate(certificate, cms.Certificates.Cast<X509Certificate2>(), anchors, at);
        return stamp is null
            ? signature with { Trust = chain.Trust, TrustFindings = chain.Findings }
            : signature with
            {
                Timestamp = stamp,
                Trust = SignatureTrustText.Worst([chain.Trust, stamp.Trust]),
                TrustFindings = [.. chain.Findings, .. stamp.Findings],
            };
    }

    private static bool SignatureHolds(SignedCms cms, SignerInfo signer, byte[] content)
    {
        try
        {
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (Exception e) when (e is CryptographicException or InvalidOperationException or ArgumentException)
        {
            return false;
        }

        var declared = signer.SignedAttributes.Cast<CryptographicAttributeObject>().FirstOrDefault(a => a.Oid.Value == "1.2.840.113549.1.9.4");
        if (declared is null)
        {
            // No signed attributes (allowed for adbe.pkcs7.detached): the signature itself is over the content.
            return signer.SignedAttributes.Count == 0;
        }

        if (declared.Values.Count != 1 || HashOf(signer.DigestAlgorithm.Value, content) is not { } hash)
        {
            return false;
        }

        var digest = declared.Values[0] is Pkcs9MessageDigest typed ? typed.MessageDigest : new Pkcs9MessageDigest { RawData = declared.Values[0].RawData }.MessageDigest;
        return CryptographicOperations.FixedTimeEquals(digest, hash);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "Reading signatures made by older signing tools; PdfSignature.DigestAlgorithm lets the caller warn about SHA-1.")]
    private static byte[]? HashOf(string? algorithm, byte[] content) => algorithm switch
    {
        "1.3.14.3.2.26" => SHA1.HashData(content),
        "2.16.840.1.101.3.4.2.1" => SHA256.HashData(content),
        "2.16.840.1.101.3.4.2.2" => SHA384.HashData(content),
        "2.16.840.1.101.3.4.2.3" => SHA512.HashData(content),
        _ => null,
    };

    private static string? DigestName(string? oid) => oid switch
    {
        "1.3.14.3.2.26" => "SHA-1",
        "2.16.840.1.101.3.4.2.1" => "SHA-256",
        "2.16.840.1.101.3.4.2.2" => "SHA-384",
        "2.16.840.1.101.3.4.2.3" => "SHA-512",
        _ => oid,
    };

    private static DateTimeOffset? SignedSigningTime(SignerInfo signer)
    {
        foreach (var attribute in signer.SignedAttributes)
        {
            if (attribute.Oid.Value != "1.2.840.113549.1.9.5" || attribute.Values.Count != 1)
            {
                continue;
            }

            try
            {
                var value = attribute.Values[0] is Pkcs9SigningTime typed ? typed : new Pkcs9SigningTime(attribute.Values[0].RawData);
                return new DateTimeOffset(DateTime.SpecifyKind(value.SigningTime.ToUniversalTime(), DateTimeKind.Utc));
            }
            catch (CryptographicException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The CMS without the zeros that fill the rest of the reserved /Contents space.</summary>
    private static byte[] TrimPadding(byte[] der)
    {
        try
        {
            AsnDecoder.ReadEncodedValue(der, AsnEncodingRules.BER, out _, out _, out var consumed);
            return der[..consumed];
        }
        catch (AsnContentException)
        {
            return der;
        }
    }

    private static string? NamePart(X500DistinguishedName name, string oid)
    {
        try
        {
            return name.EnumerateRelativeDistinguishedNames()
                .Where(r => !r.HasMultipleElements && r.GetSingleElementType().Value == oid)
                .Select(r => r.GetSingleElementValue())
                .LastOrDefault();
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}

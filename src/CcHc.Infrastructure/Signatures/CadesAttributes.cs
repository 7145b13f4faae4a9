using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CcHc.Infrastructure.Signatures;

/// <summary>
/// The CMS attributes of a PAdES baseline signature (ETSI EN 319 142-1, EN 319 122-1) that the framework has no type
/// for: ESS signing-certificate-v2 (RFC 5035) and the timestamp token of an RFC 3161 timestamp (RFC 3161, appendix A).
/// </summary>
public static class CadesAttributes
{
    /// <summary>id-aa-signingCertificateV2.</summary>
    public const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";

    /// <summary>id-aa-signingCertificate (v1, SHA-1), which older tools write.</summary>
    public const string SigningCertificateV1 = "1.2.840.113549.1.9.16.2.12";

    /// <summary>id-aa-timeStampToken, the unsigned attribute that carries a signature timestamp.</summary>
    public const string TimestampToken = "1.2.840.113549.1.9.16.2.14";

    /// <summary>The signingTime attribute (PKCS #9), which PAdES forbids in the CMS.</summary>
    public const string SigningTime = "1.2.840.113549.1.9.5";

    public const string Sha256 = "2.16.840.1.101.3.4.2.1";

    /// <summary>
    /// SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } with one ESSCertIDv2: the hash algorithm
    /// left out (its DEFAULT is SHA-256), the SHA-256 of the certificate, and issuerSerial (the issuer's name as a
    /// directoryName, the serial number).
    /// </summary>
    public static AsnEncodedData SigningCertificateV2Attribute(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteOctetString(SHA256.HashData(certificate.RawData));
                    using (writer.PushSequence())
                    {
                        using (writer.PushSequence())
                        {
                            var directoryName = new Asn1Tag(TagClass.ContextSpecific, 4, isConstructed: true);
                            writer.PushSequence(directoryName);
                            writer.WriteEncodedValue(certificate.IssuerName.RawData);
                            writer.PopSequence(directoryName);
                        }

                        writer.WriteInteger(certificate.SerialNumberBytes.Span);
                    }
                }
            }
        }

        return new AsnEncodedData(new Oid(SigningCertificateV2), writer.Encode());
    }

    /// <summary>
    /// The certificate hashes of a signing-certificate-v2 value: (hash algorithm OID, hash) for each ESSCertIDv2.
    /// Throws <see cref="AsnContentException"/> on a malformed value.
    /// </summary>
    public static IReadOnlyList<(string Algorithm, byte[] Hash)> ReadSigningCertificateV2(ReadOnlyMemory<byte> value)
    {
        var result = new List<(string, byte[])>();
        var outer = new AsnReader(value, AsnEncodingRules.DER).ReadSequence();
        var certs = outer.ReadSequence();
        while (certs.HasData)
        {
            var id = certs.ReadSequence();
            var algorithm = Sha256;
            if (id.PeekTag().HasSameClassAndValue(Asn1Tag.Sequence))
            {
                algorithm = id.ReadSequence().ReadObjectIdentifier();
            }

            result.Add((algorithm, id.ReadOctetString()));
        }

        return result;
    }
}

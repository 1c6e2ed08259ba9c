using System.Collections.Concurrent;
using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using TrackerAudit.Hosting;

namespace TrackerAudit.Tests.Support;

/// <summary>
/// A real RFC 3161 timestamp authority on 127.0.0.1 for one test: it decodes each <c>TimeStampReq</c>, signs a
/// <c>TSTInfo</c> with a certificate issued by its own test CA (with the ESS signing-certificate-v2 attribute RFC 5816
/// asks for), and answers a <c>TimeStampResp</c>, over HTTP POST as the protocol says.
/// </summary>
internal sealed class TimestampAuthority : IAsyncDisposable
{
    public const string Path = "/tsa";

    // id-ct-TSTInfo, id-aa-signingCertificateV2, and a policy under the example arc no real authority uses.
    private const string TstInfoOid = "1.2.840.113549.1.9.16.1.4";
    private const string SigningCertificateV2Oid = "1.2.840.113549.1.9.16.2.47";
    private const string TestPolicyOid = "1.3.6.1.4.1.55555.1";

    private readonly StaticSiteServer _server;
    private long _serial;

    private TimestampAuthority(StaticSiteServer server, X509Certificate2 root, X509Certificate2 signer)
    {
        _server = server;
        Root = root;
        Signer = signer;
    }

    /// <summary>The CA that issued the authority's certificate: what a reader trusts.</summary>
    public X509Certificate2 Root { get; }

    /// <summary>The authority's signing certificate, with its private key.</summary>
    public X509Certificate2 Signer { get; }

    public Uri Url => new(_server.BaseUrl, Path.TrimStart('/'));

    /// <summary>The time the authority puts in every token.</summary>
    public DateTimeOffset Now { get; set; } = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The message imprints (SHA-256) of the requests it stamped, in order.</summary>
    public ConcurrentQueue<byte[]> Stamped { get; } = new();

    public static async Task<TimestampAuthority> StartAsync()
    {
        var (root, signer) = MakeCertificates();
        TimestampAuthority? authority = null;
        var server = await StaticSiteServer.StartAsync(_ => null, new Dictionary<string, RequestDelegate> { [Path] = context => authority!.AnswerAsync(context) });
        authority = new TimestampAuthority(server, root, signer);
        return authority;
    }

    /// <summary>The root certificate as PEM, for <c>--tsa-ca</c> and <c>openssl ts -verify -CAfile</c>.</summary>
    public string RootPem() => Root.ExportCertificatePem() + "\n";

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        Root.Dispose();
        Signer.Dispose();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        context.Response.ContentType = "application/timestamp-reply";
        if (context.Request.ContentType != "application/timestamp-query"
            || !Rfc3161TimestampRequest.TryDecode(body.ToArray(), out var request, out _))
        {
            // PKIStatus rejection (2), failInfo badDataFormat.
            await context.Response.Body.WriteAsync(Response(status: 2, token: null));
            return;
        }

        Stamped.Enqueue(request.GetMessageHash().ToArray());
        var info = new Rfc3161TimestampTokenInfo(
            new Oid(TestPolicyOid),
            request.HashAlgorithmId,
            request.GetMessageHash(),
            new BigInteger(Interlocked.Increment(ref _serial)).ToByteArray(isUnsigned: true, isBigEndian: true),
            Now,
            nonce: request.GetNonce());
        var cms = new SignedCms(new ContentInfo(new Oid(TstInfoOid), info.Encode()), detached: false);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, Signer)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = request.RequestSignerCertificate ? X509IncludeOption.EndCertOnly : X509IncludeOption.None,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2Oid, SigningCertificateV2(Signer)));
        cms.ComputeSignature(signer);
        await context.Response.Body.WriteAsync(Response(status: 0, cms.Encode()));
    }

    // TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken ContentInfo OPTIONAL }
    private static byte[] Response(int status, byte[]? token)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                writer.WriteInteger(status);
            }

            if (token is not null)
            {
                writer.WriteEncodedValue(token);
            }
        }

        return writer.Encode();
    }

    // SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 ::= SEQUENCE { certHash OCTET STRING } (SHA-256 by default).
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
        }

        return writer.Encode();
    }

    private static (X509Certificate2 Root, X509Certificate2 Signer) MakeCertificates()
    {
        var notBefore = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var notAfter = notBefore.AddYears(5);
        using var rootKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var rootRequest = new CertificateRequest("CN=TrackerAudit Test TSA Root, O=TrackerAudit Tests", rootKey, HashAlgorithmName.SHA256);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, critical: false));
        var root = rootRequest.CreateSelfSigned(notBefore, notAfter);

        using var signerKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var signerRequest = new CertificateRequest("CN=TrackerAudit Test TSA, O=TrackerAudit Tests", signerKey, HashAlgorithmName.SHA256);
        signerRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        signerRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        // RFC 3161 2.3: the authority's certificate has the one extended key usage timeStamping, marked critical.
        signerRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        signerRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(signerRequest.PublicKey, critical: false));
        signerRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var issued = signerRequest.Create(root, notBefore, notAfter.AddDays(-1), [0x01, 0x02]);
        return (root, issued.CopyWithPrivateKey(signerKey));
    }
}

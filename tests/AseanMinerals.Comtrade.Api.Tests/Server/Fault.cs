namespace AseanMinerals.Comtrade.Api.Tests.Server;

/// <summary>A misbehaviour the fake server shows on the next matching request, as the real service or its gateway does.</summary>
public enum Fault
{
    /// <summary>429 "Rate limit is exceeded. Try again in N seconds." with <c>Retry-After: N</c>.</summary>
    TooManyRequests,

    /// <summary>403 with <c>Retry-After</c> (transient, as comtradr treats it).</summary>
    ForbiddenRetryAfter,

    /// <summary>500 with a JSON error object.</summary>
    ServerError,

    /// <summary>502 with an HTML page from the gateway.</summary>
    HtmlGatewayPage,

    /// <summary>200 and headers, then nothing: the body never comes.</summary>
    Stall,

    /// <summary>200 with the full Content-Length, half the body, then the connection is dropped.</summary>
    CutBody,

    /// <summary>200 with a body that is not JSON (a cut document with a proper length).</summary>
    MalformedJson,

    /// <summary>200 with an HTML page (a login or maintenance page served as success).</summary>
    HtmlAsSuccess,
}

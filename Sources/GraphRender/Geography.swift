// Where nodes go on a map. Nodes with `lat` and `lon` properties (WGS84 degrees, as the bundled dataset
// has for every country, region and federal district) are projected with the Lambert azimuthal
// equal-area projection centred where EPSG:3035 — Europe's standard statistical projection — is
// (52°N, 10°E), on a sphere of the Earth's mean radius: areas stay true and north stays up across
// Europe. A node without coordinates (a cluster) goes to the mean position of its positioned
// neighbours in the picture. The Graphviz "nop" layout then keeps the positions and only spreads nodes
// that overlap, preserving which is north, south, east or west of which.

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A point of the picture's plane, in kilometres east and north of the projection's centre.
public struct PlanePoint: Sendable, Equatable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

public enum Geography {
    /// The Earth's mean radius, km.
    public static let earthRadius = 6371.0088
    /// The centre of EPSG:3035's projection.
    public static let centre = (latitude: 52.0, longitude: 10.0)
    /// The property keys of a node's coordinates.
    public static let latitudeKey = "lat", longitudeKey = "lon"

    /// The Lambert azimuthal equal-area projection of (latitude, longitude) in degrees, in km.
    public static func project(latitude: Double, longitude: Double) -> PlanePoint {
        let radians = Double.pi / 180
        let (phi, lambda) = (latitude * radians, longitude * radians)
        let (phi1, lambda0) = (centre.latitude * radians, centre.longitude * radians)
        let cosine = 1 + sin(phi1) * sin(phi) + cos(phi1) * cos(phi) * cos(lambda - lambda0)
        // The antipode of the centre has no image; nothing in the data is there.
        let k = cosine > 1e-12 ? (2 / cosine).squareRoot() : 0
        return PlanePoint(
            x: earthRadius * k * cos(phi) * sin(lambda - lambda0),
            y: earthRadius * k * (cos(phi1) * sin(phi) - sin(phi1) * cos(phi) * cos(lambda - lambda0)))
    }

    /// The great-circle distance between two points given in degrees, km (haversine formula).
    public static func distance(_ a: (latitude: Double, longitude: Double), _ b: (latitude: Double, longitude: Double)) -> Double {
        let radians = Double.pi / 180
        func haversin(_ x: Double) -> Double { (1 - cos(x)) / 2 }
        let h = haversin((b.latitude - a.latitude) * radians)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * haversin((b.longitude - a.longitude) * radians)
        return 2 * earthRadius * asin(min(1, h.squareRoot()))
    }
}

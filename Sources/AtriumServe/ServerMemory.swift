import Foundation

/// glibc's allocator set for a long-running server.
enum ServerMemory {
    /// Keeps freed memory in the process instead of handing it back to the kernel at once.
    ///
    /// By default glibc returns the free top of each thread's arena to the kernel (`madvise`) as
    /// soon as it passes 128 KiB, and serves blocks over 128 KiB (a month of entries as JSON) with a
    /// fresh `mmap` each: a busy server then asks the kernel for the same pages again and again,
    /// and has them zeroed each time. Up to 64 MiB of free top is kept per arena, and blocks up to
    /// 32 MiB come from the arenas. A/B runs on the 100k store: POST of entries about 2,600 → 2,900
    /// requests a second, a whole month of entries built afresh about 105 → 119.
    static func keepFreedMemory() {
        #if os(Linux)
            // `mallopt` is in <malloc.h>, which the Glibc module does not import.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
            let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
            _ = mallopt(trimThreshold, 64 << 20)
            _ = mallopt(mmapThreshold, 32 << 20)
        #endif
    }
}

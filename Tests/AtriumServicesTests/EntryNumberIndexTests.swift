import PropertyBased
import Testing

@testable import AtriumDocuments

@Suite struct EntryNumberIndexTests {
    @Test("Any list of numbers: the first one given twice is found with its earlier index, as a dictionary finds it")
    func anyNumbers() async {
        await propertyCheck(count: 300, input: Gen.int(in: -3...3000).array(of: 0...400)) { numbers in
            var index = EntryNumberIndex()
            var reference: [Int: Int] = [:]
            for (position, number) in numbers.enumerated() {
                let earlier = reference[number]
                #expect(index.insert(number, index: position) == earlier)
                if earlier != nil { return }
                reference[number] = position
            }
        }
    }

    @Test("A number far ahead is kept aside, and still found once the table has grown past it")
    func farAheadThenReached() {
        var index = EntryNumberIndex()
        #expect(index.insert(5_000, index: 0) == nil)
        for number in 1...4_999 { #expect(index.insert(number, index: number) == nil) }
        #expect(index.insert(5_001, index: 5_000) == nil)
        #expect(index.insert(5_000, index: 5_001) == 0)
        #expect(index.insert(4_999, index: 5_002) == 4_999)
        #expect(index.insert(Int.max, index: 5_003) == nil)
        #expect(index.insert(Int.max, index: 5_004) == 5_003)
    }
}

@main struct AtriumMain { static func main() {} }

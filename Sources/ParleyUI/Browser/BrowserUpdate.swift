import ParleyModel

extension BrowserState {
    /// The only way the browser's state changes: one action at a time, nothing else touched.
    public mutating func apply(_ action: BrowserAction, context: BrowserContext) {
        message = nil
        request = nil
        if case .resize(let newSize) = action, newSize != size { keepPanesReading(across: newSize, context: context) }
        switch mode {
        case .searchPrompt: applyInPrompt(action, context: context)
        case .help(let scroll): applyInHelp(action, scroll: scroll)
        case .problems(let scroll): applyInProblems(action, scroll: scroll)
        case .speakerPicker(let filter, let selection): applyInPicker(action, filter: filter, selection: selection, context: context)
        case .meetingPicker(let filter, let selection): applyInMeetingPicker(action, filter: filter, selection: selection, context: context)
        case .rangePrompt(let text): applyInRangePrompt(action, text: text, context: context)
        case .awaitingMark(let set): applyMark(action, set: set, context: context)
        case .normal:
            if view == .compare { applyInNormal(action, context: context) } else { applyInList(action, context: context) }
        }
    }

    // MARK: - Geometry

    public var screen: ScreenLayout { ScreenLayout(size: size) }

    /// A pane's lines, wrapped to its width on screen (or on a screen of `size`).
    public func layout(_ side: PaneSide, context: BrowserContext, size: Size? = nil) -> PaneLayout {
        let width = size.map { ScreenLayout(size: $0).textWidth(side) } ?? screen.textWidth(side)
        return context.layout(meeting: meetings[side.rawValue], speaker: speaker, width: width, query: activeQuery)
    }

    /// The terminal is about to change size: each pane wraps anew and keeps the text its top line began
    /// with, where keeping the line's number within its turn would show other text at another width. The
    /// character kept is the one the line began with before the first of a run of resizes, so going narrow
    /// and back again returns to the same line rather than creeping up the paragraph.
    mutating func keepPanesReading(across newSize: Size, context: BrowserContext) {
        for side in PaneSide.allCases {
            // A turn's label stays its first line at any width (the first frame's resize lands here).
            guard position(side).lineInTurn > 0 else {
                paneResizeAnchors[side.rawValue] = nil
                continue
            }
            let before = layout(side, context: context)
            guard !before.isEmpty else { continue }
            let top = self.top(side, context: context)
            var anchor = before.textPosition(at: top)
            if let kept = paneResizeAnchors[side.rawValue], anchor?.ref == kept.ref, before.position(holding: kept) == top { anchor = kept }
            paneResizeAnchors[side.rawValue] = anchor
            let after = layout(side, context: context, size: newSize)
            if let anchor {
                if let p = after.position(holding: anchor) { setPosition(side, p) }
            } else {
                // A blank or reporter's line stays as many lines above the paragraph after it, or the turn's
                // last line after its last paragraph.
                let lines = before.turnLines(top.turn).lines
                let next = lines[top.lineInTurn...].firstIndex { $0.kind == .text && $0.ref != nil }
                if let next, let ref = lines[next].ref, let first = after.position(holding: TextPosition(ref: ref, offset: 0)) {
                    setPosition(side, PanePosition(turn: first.turn, lineInTurn: max(0, first.lineInTurn - (next - top.lineInTurn))))
                } else {
                    setPosition(side, PanePosition(turn: top.turn, lineInTurn: after.turnLines(top.turn).lines.count - 1))
                }
            }
        }
    }

    /// Where a pane's first line is: its kept position, brought within the layout (a resize may have
    /// left it past its turn's last line).
    public func top(_ side: PaneSide, context: BrowserContext) -> PanePosition {
        layout(side, context: context).clamped(position(side))
    }

    /// Puts a pane's top at `target`, no lower than where the last line stands at the bottom of the view
    /// (or at its top, with `allowPastEnd`).
    mutating func setTop(_ side: PaneSide, _ target: PanePosition, context: BrowserContext, allowPastEnd: Bool = false) {
        let layout = layout(side, context: context)
        guard !layout.isEmpty else { return }
        let limit = allowPastEnd ? layout.end : layout.lastTop(height: screen.viewHeight)
        var clamped = layout.clamped(target)
        if clamped > limit {
            // A pane left past the end by a turn jump stays there rather than being pulled back.
            clamped = max(limit, min(clamped, top(side, context: context)))
        }
        setPosition(side, clamped)
    }

    /// Keeps corresponding turns level: the other pane goes to the same speaker's turn with the same
    /// ordinal among that speaker's turns (their last, if they spoke less), as deep into it as this one.
    /// A speaker who never speaks on the other side leaves it where it is.
    mutating func alignOther(from side: PaneSide, context: BrowserContext) {
        guard sync else { return }
        let here = layout(side, context: context)
        let there = layout(side.other, context: context)
        guard !here.turns.isEmpty, !there.turns.isEmpty else { return }
        let p = position(side)
        let k = min(p.turn, here.turns.count - 1)
        let speakerID = here.turns[k].speakerID
        let ordinal = here.turns[...k].filter { $0.speakerID == speakerID }.count - 1
        let theirs = there.turns.indices.filter { there.turns[$0].speakerID == speakerID }
        guard let last = theirs.last else { return }
        let turn = ordinal < theirs.count ? theirs[ordinal] : last
        setPosition(side.other, PanePosition(turn: turn, lineInTurn: min(p.lineInTurn, max(0, there.lineCount(ofTurn: turn) - 1))))
    }

    mutating func scroll(_ side: PaneSide, by lines: Int, context: BrowserContext) {
        setTop(side, layout(side, context: context).position(top(side, context: context), movedBy: lines), context: context)
        alignOther(from: side, context: context)
    }

    mutating func goToTurn(_ side: PaneSide, _ turn: Int, context: BrowserContext) {
        let layout = layout(side, context: context)
        guard layout.turns.indices.contains(turn) else { return }
        setPosition(side, PanePosition(turn: turn, lineInTurn: 0))
        alignOther(from: side, context: context)
    }

    // MARK: - Normal mode

    private mutating func applyInNormal(_ action: BrowserAction, context: BrowserContext) {
        let page = max(1, screen.viewHeight - 1)
        switch action {
        case .scrollLines(let n): scroll(focus, by: n, context: context)
        case .scrollPages(let n): scroll(focus, by: n * page, context: context)
        case .scrollHalfPages(let n): scroll(focus, by: n * max(1, screen.viewHeight / 2), context: context)
        case .top:
            setPosition(focus, PanePosition())
            alignOther(from: focus, context: context)
        case .bottom:
            setTop(focus, layout(focus, context: context).end, context: context)
            alignOther(from: focus, context: context)
        case .focus(let side): focus = side
        case .focusOther: focus = focus.other
        case .toggleSync:
            sync.toggle()
            if sync { alignOther(from: focus, context: context) }
            message = sync ? "sync on: turns stay level" : "sync off: panes scroll on their own"
        case .nextTurn: stepTurn(by: 1, sameSpeaker: false, context: context)
        case .previousTurn: stepTurn(by: -1, sameSpeaker: false, context: context)
        case .nextTurnOfSpeaker: stepTurn(by: 1, sameSpeaker: true, context: context)
        case .previousTurnOfSpeaker: stepTurn(by: -1, sameSpeaker: true, context: context)
        case .speakerSlot(let n):
            if n == 0 {
                selectSpeaker(nil, context: context)
            } else if case let slots = context.speakerSlots(meetings: meetings), n <= slots.count {
                selectSpeaker(slots[n - 1].id, context: context)
            } else {
                message = "no speaker \(n): press S to pick from everyone"
            }
        case .selectSpeaker(let id): selectSpeaker(id, context: context)
        case .openSpeakerPicker: mode = .speakerPicker(filter: "", selection: 0)
        case .openMeetingPicker:
            // Open on the focused pane's meeting, so that arrows move from where the reader is.
            let entries = meetingsInRange(context: context)
            mode = .meetingPicker(filter: "", selection: entries.firstIndex { $0.meeting == meetings[focus.rawValue] } ?? 0)
        case .stepMeeting(let delta): stepMeeting(by: delta, context: context)
        case .stepSpeakerMeeting(let delta): stepSpeakerMeeting(by: delta, context: context)
        case .beginDateRange: mode = .rangePrompt(text: dateRange.isUnbounded ? "" : dateRange.promptText)
        case .beginSearch: mode = .searchPrompt(text: "", previous: search, origin: SearchOrigin(positions: positions, focus: focus))
        case .nextMatch: stepMatch(by: 1, context: context)
        case .previousMatch: stepMatch(by: -1, context: context)
        case .clearSearch:
            if search.isActive { message = "search cleared" }
            search = SearchState()
            emphasis = []
        case .toggleHelp: mode = .help(scroll: 0)
        case .toggleProblems:
            if problems.isEmpty {
                message = "every file was read without a problem"
            } else {
                mode = .problems(scroll: 0)
            }
        case .nextTheme:
            if colorsAllowed {
                themeName = ThemeCatalog.next(after: themeName)
                message = "theme: \(themeName)"
            } else {
                message = "colours are off (NO_COLOR is set)"
            }
        case .keepTheme:
            if colorsAllowed {
                request = .keepTheme(themeName)
            } else {
                message = "colours are off (NO_COLOR is set)"
            }
        case .copyPassage:
            guard let ref = passageAtTop(focus, context: context) else {
                message = "nothing to copy here"
                return
            }
            request = .copy(Citation.text(of: ref, in: context.corpus))
            message = "copied: \(context.corpus.documents[ref.document].fileName):\(context.corpus.paragraph(ref).source.line)"
        case .resize(let s): size = s
        case .mouseWheel(let x, let y, let lines):
            if let side = screen.side(atX: x, y: y) { scroll(side, by: lines, context: context) }
        case .mouseClick(let x, let y):
            if let side = screen.side(atX: x, y: y) {
                focus = side
            } else if y == screen.speakerBarRow, let slot = SpeakerBarView.slot(atX: x, state: self, context: context) {
                applyInNormal(.speakerSlot(slot), context: context)
            }
        case .quit: quit = true
        case .activate: scroll(focus, by: 1, context: context)
        case .beginSetMark: mode = .awaitingMark(set: true)
        case .beginGoToMark: mode = .awaitingMark(set: false)
        case .nextView:
            view = view.next
            listSelection = 0
        case .toggleTimeline:
            view = view == .timeline ? .compare : .timeline
            listSelection = 0
        case .nextOrder: message = "o orders the hits in the keyword-in-context view (v)"
        case .showQuotingSentence: showQuotingSentence(context: context)
        case .back:
            guard let place = returnTo else {
                message = "nothing to go back to: Backspace returns to a list after Enter on one of its items"
                return
            }
            view = place.view
            listSelection = place.selection
            documentShown = place.document
            returnTo = nil
        case .redraw, .promptInput, .promptBackspace, .promptAccept, .promptCancel, .pickerMove, .pickerAcceptOther, .markLetter: break
        }
    }

    private mutating func stepTurn(by delta: Int, sameSpeaker: Bool, context: BrowserContext) {
        let layout = layout(focus, context: context)
        guard !layout.turns.isEmpty else { return }
        let top = top(focus, context: context)
        let current = top.turn
        let speakerID = layout.turns[current].speakerID
        var k = current
        // "Previous" from inside a turn goes to that turn's start first, as in a pager.
        if delta < 0 && top.lineInTurn > 0 && !sameSpeaker {
            goToTurn(focus, current, context: context)
            return
        }
        repeat {
            k += delta
        } while sameSpeaker && layout.turns.indices.contains(k) && layout.turns[k].speakerID != speakerID
        guard layout.turns.indices.contains(k) else {
            message = delta > 0 ? "last turn" : "first turn"
            return
        }
        goToTurn(focus, k, context: context)
    }

    /// Shows one person's turns (or everyone's), keeping the reader on the same passage where it can.
    mutating func selectSpeaker(_ id: String?, context: BrowserContext) {
        guard id != speaker else { return }
        var keep: [(document: Int, turn: Int)?] = []
        for side in PaneSide.allCases {
            let layout = layout(side, context: context)
            let turn = layout.turns.isEmpty ? nil : layout.turns[min(position(side).turn, layout.turns.count - 1)]
            keep.append(turn.map { ($0.document, $0.index) })
        }
        speaker = id
        search.current = nil
        for side in PaneSide.allCases {
            let layout = layout(side, context: context)
            let k =
                keep[side.rawValue].flatMap { kept in
                    layout.turns.firstIndex { ($0.document, $0.index) >= (kept.document, kept.turn) }
                } ?? 0
            setPosition(side, PanePosition(turn: k, lineInTurn: 0))
        }
        if let id, let person = context.person(id) {
            let counts = meetings.map { context.turnCount(person: id, meeting: $0) }
            message = "\(person.name): \(counts.map(String.init).joined(separator: " │ ")) turns"
        }
    }

    // MARK: - Search

    /// Every match in both panes, left pane first, each with its side: counted from the meetings' word
    /// indexes, without laying out the turns they are in.
    public func allHits(context: BrowserContext) -> SearchHits {
        SearchHits(left: layout(.left, context: context).matches, right: layout(.right, context: context).matches)
    }

    private mutating func stepMatch(by delta: Int, context: BrowserContext) {
        guard search.isActive else {
            message = "no search: press / to search"
            return
        }
        let hits = allHits(context: context)
        guard !hits.isEmpty else {
            message = "Pattern not found: \(search.query)"
            return
        }
        let next: Int
        if let current = search.current, hits.indices.contains(current) {
            next = (current + delta + hits.count) % hits.count
            if (delta > 0 && next < current) || (delta < 0 && next > current) {
                message = delta > 0 ? "search hit bottom, continuing at top" : "search hit top, continuing at bottom"
            }
        } else {
            next = firstHit(from: SearchOrigin(positions: positions, focus: focus), forward: delta > 0, hits: hits, context: context)
        }
        jump(to: next, hits: hits, context: context)
    }

    /// The first match at or after the focused pane's top (or before it, going back). Only the turn at
    /// the top is laid out: matches in other turns are placed by their turn alone.
    private func firstHit(
        from origin: SearchOrigin, forward: Bool, hits: SearchHits, context: BrowserContext
    ) -> Int {
        var probe = self
        probe.positions = origin.positions
        let top = probe.top(origin.focus, context: context)
        let layout = layout(origin.focus, context: context)
        func atOrAfterTop(_ hit: (side: PaneSide, match: PaneMatch)) -> Bool {
            if hit.side != origin.focus { return hit.side.rawValue > origin.focus.rawValue }
            if hit.match.turn != top.turn { return hit.match.turn > top.turn }
            return layout.position(of: hit.match) >= top
        }
        if forward {
            return hits.firstIndex(where: atOrAfterTop) ?? 0
        }
        return hits.lastIndex { !atOrAfterTop($0) } ?? (hits.count - 1)
    }

    private mutating func jump(to index: Int, hits: SearchHits, context: BrowserContext) {
        search.current = index
        let (side, match) = hits[index]
        focus = side
        let layout = layout(side, context: context)
        let at = layout.position(of: match)
        let top = top(side, context: context)
        let height = screen.viewHeight
        if at < top || layout.distance(from: top, to: at, limit: height) >= height {
            setTop(side, layout.position(at, movedBy: -(height / 3)), context: context, allowPastEnd: true)
            alignOther(from: side, context: context)
        }
    }

    private mutating func applyInPrompt(_ action: BrowserAction, context: BrowserContext) {
        guard case .searchPrompt(var text, let previous, let origin) = mode else { return }
        switch action {
        case .promptInput(let c):
            text.append(c)
        case .promptBackspace:
            if text.isEmpty {
                mode = .normal
                search = previous
                return
            }
            text.removeLast()
        case .promptAccept:
            mode = .normal
            search = SearchState(query: text, current: search.current)
            if text.isEmpty {
                search = SearchState()
            } else if allHits(context: context).isEmpty {
                message = "Pattern not found: \(text)"
            }
            return
        case .promptCancel:
            mode = .normal
            search = previous
            positions = origin.positions
            focus = origin.focus
            return
        case .resize(let s):
            size = s
            return
        default:
            return
        }
        mode = .searchPrompt(text: text, previous: previous, origin: origin)
        // Incremental: show the first match from where the search began.
        positions = origin.positions
        focus = origin.focus
        search.current = nil
        let hits = allHits(context: context)
        if !hits.isEmpty {
            jump(to: firstHit(from: origin, forward: true, hits: hits, context: context), hits: hits, context: context)
        }
    }

    // MARK: - Overlays

    private mutating func applyInProblems(_ action: BrowserAction, scroll: Int) {
        switch action {
        case .scrollLines(let n): mode = .problems(scroll: max(0, scroll + n))
        case .scrollPages(let n), .scrollHalfPages(let n): mode = .problems(scroll: max(0, scroll + n * max(1, size.height / 2)))
        case .top: mode = .problems(scroll: 0)
        case .toggleProblems, .toggleHelp, .clearSearch, .quit, .promptCancel: mode = .normal
        case .resize(let s): size = s
        default: break
        }
    }

    private mutating func applyInHelp(_ action: BrowserAction, scroll: Int) {
        switch action {
        case .scrollLines(let n): mode = .help(scroll: max(0, scroll + n))
        case .scrollPages(let n), .scrollHalfPages(let n): mode = .help(scroll: max(0, scroll + n * max(1, size.height / 2)))
        case .top: mode = .help(scroll: 0)
        case .toggleHelp, .clearSearch, .quit, .promptCancel: mode = .normal
        case .resize(let s): size = s
        default: break
        }
    }

    /// The picker's entries for a filter: everyone first, then people whose name, id, role or labels match,
    /// those of the meetings on screen before the rest of the archive.
    public static func pickerEntries(filter: String, meetings: [Int] = [], context: BrowserContext) -> [Person?] {
        let words = Tokenizer.fold(filter).split(separator: " ")
        let onScreen = context.speakerSlots(meetings: meetings)
        let shown = Set(onScreen.map(\.id))
        let people = (onScreen + context.speakers.filter { !shown.contains($0.id) }).filter { p in
            let hay = Tokenizer.fold([p.name, p.id, p.role, p.shortName, p.labels.joined(separator: " ")].joined(separator: " "))
            return words.allSatisfy { hay.contains($0) }
        }
        return (filter.isEmpty ? [nil] : []) + people.map { Optional($0) }
    }

    private mutating func applyInPicker(_ action: BrowserAction, filter: String, selection: Int, context: BrowserContext) {
        var filter = filter
        var selection = selection
        if let edited = action.editingPicker(filter: filter, selection: selection) {
            (filter, selection) = edited
        } else {
            switch action {
            case .promptAccept:
                let entries = BrowserState.pickerEntries(filter: filter, meetings: meetings, context: context)
                mode = .normal
                if entries.indices.contains(selection) {
                    selectSpeaker(entries[selection]?.id, context: context)
                } else {
                    message = "no one matches '\(filter)'"
                }
                return
            case .promptCancel, .quit:
                mode = .normal
                return
            case .resize(let s): size = s
            default: break
            }
        }
        let count = BrowserState.pickerEntries(filter: filter, meetings: meetings, context: context).count
        selection = count == 0 ? 0 : (selection % count + count) % count
        mode = .speakerPicker(filter: filter, selection: selection)
    }

    // MARK: - List views

    /// The rows of the list view on screen.
    public func list(context: BrowserContext) -> AnalysisList {
        context.analysis.list(listKey(context: context)) { AnalysisList.build(view, state: self, context: context) }
    }

    func listKey(context: BrowserContext) -> AnalysisCache.ListKey {
        AnalysisCache.ListKey(
            view: view, speaker: speaker, query: activeQuery, meetings: meetings, width: size.width, document: documentShown,
            order: concordanceOrder, subject: view == .timeline ? timelineSubject(context: context) : nil, range: dateRange)
    }

    /// At this width and more, the related-documents view reads the document on the left and shows the
    /// spoken source of the selected line on the right.
    public static let sourcePreviewWidth = 120

    public var showsSourcePreview: Bool { view == .documents && size.width >= Self.sourcePreviewWidth && !screen.isTooSmall }

    /// Where a list view draws: under the title bar, across the screen or beside the source preview.
    var listRect: Rect { showsSourcePreview ? screen.pane(.left) : Rect(x: 0, y: 1, width: size.width, height: size.height - 3) }

    /// True when drawing would first have to compute a list view (the speakers table, an alignment…).
    public func listNeedsWork(context: BrowserContext) -> Bool {
        view != .compare && !screen.isTooSmall && !context.analysis.hasList(listKey(context: context))
    }

    private mutating func applyInList(_ action: BrowserAction, context: BrowserContext) {
        let count = list(context: context).rows.count
        let page = max(1, size.height - 5)
        func move(_ n: Int) { listSelection = max(0, min(count - 1, listSelection + n)) }
        switch action {
        case .scrollLines(let n): move(n)
        case .scrollPages(let n): move(n * page)
        case .scrollHalfPages(let n): move(n * page / 2)
        case .top: listSelection = 0
        case .bottom: listSelection = max(0, count - 1)
        case .activate:
            guard let target = list(context: context).rows[safe: listSelection]?.target else {
                message = view == .documents ? "this line is not traced to anything said" : nil
                return
            }
            open(target, context: context)
        case .mouseClick(_, let y):
            let list = list(context: context)
            if let row = ListGeometry(list: list, rect: listRect, selection: listSelection).row(atY: y, count: count) {
                listSelection = row
            }
        case .mouseWheel(_, _, let lines): move(lines)
        case .focusOther where view == .documents:
            let count = context.corpus.documents.filter { $0.kind != .transcript }.count
            documentShown = count == 0 ? 0 : (documentShown + 1) % count
            listSelection = 0
        case .nextView:
            view = view.next
            listSelection = 0
        case .toggleTimeline:
            view = view == .timeline ? .compare : .timeline
            listSelection = 0
        case .showQuotingSentence: showQuotingSentence(context: context)
        case .resize(let newSize) where view == .documents:
            // The document wraps anew: stay on the line holding the same text. The character kept is the
            // one the line started with before the first of a run of resizes, so going narrow and back
            // again returns to the same line rather than creeping up the paragraph.
            let rows = list(context: context).rows
            var anchor = rows[safe: listSelection]?.at
            if let kept = resizeAnchor, let line = anchor, kept.ref == line.ref, line.offset <= kept.offset,
                rows[safe: listSelection + 1]?.at.map({ $0.ref != kept.ref || $0.offset > kept.offset }) ?? true
            {
                anchor = kept
            }
            size = newSize
            resizeAnchor = anchor
            if let anchor {
                listSelection =
                    list(context: context).rows.lastIndex { $0.at?.ref == anchor.ref && ($0.at?.offset ?? .max) <= anchor.offset } ?? 0
            }
        case .nextOrder where view == .concordance:
            let all = ConcordanceSort.allCases
            concordanceOrder = all[(all.firstIndex(of: concordanceOrder)! + 1) % all.count]
            listSelection = 0
            message = "hits by \(concordanceOrder.label)"
        // Everything else works as it does side by side: speakers, search, help, themes, quit.
        default:
            let kept = view
            applyInNormal(action, context: context)
            if case .speakerSlot = action, kept == .alignment { listSelection = 0 }
            view = kept
        }
    }

    /// Shows a list item side by side.
    mutating func open(_ target: ListTarget, context: BrowserContext) {
        emphasis = target.marked
        returnTo = view == .compare ? nil : ListPlace(view: view, selection: listSelection, document: documentShown)
        switch target {
        case .speaker(let id):
            view = .compare
            selectSpeaker(id, context: context)
        case .meeting(let meeting, let opening, let person):
            view = .compare
            openBeside(meeting: meeting, at: opening, following: person, context: context)
        case .passage(let ref, let marked):
            view = .compare
            let firstMarked = marked.firstOffset(in: ref)
            guard let side = reveal(ref, showing: firstMarked, context: context) else {
                message = "that passage is in a meeting not shown in the panes"
                return
            }
            focus = side
            alignOther(from: side, context: context)
        case .pair(let left, let right, _):
            view = .compare
            let sides = [reveal(left, context: context), reveal(right, context: context)]
            if let side = sides.compactMap({ $0 }).first { focus = side }
        }
    }

    /// Scrolls the pane showing a passage's meeting to it (showing everyone if the filter hides it); which pane, or nil.
    /// With `offset`, a paragraph whose line holding that character would fall in the pane's lower half is
    /// scrolled further, to show that line near the top.
    mutating func reveal(_ ref: PassageRef, showing offset: Int? = nil, context: BrowserContext) -> PaneSide? {
        guard let turnIndex = ref.turn, context.corpus.contains(ref),
            let meeting = context.corpus.meetings.firstIndex(where: { $0.documentIndices.contains(ref.document) }),
            let side = PaneSide.allCases.first(where: { meetings[$0.rawValue] == meeting })
        else { return nil }
        let speakerID = context.corpus.documents[ref.document].turns[turnIndex].speakerID
        if let s = speaker, s != speakerID { selectSpeaker(nil, context: context) }
        let layout = layout(side, context: context)
        guard let top = layout.top(showing: ref, offset: offset, height: screen.viewHeight) else { return nil }
        setPosition(side, top)
        return side
    }
}

extension RandomAccessCollection where Index == Int {
    subscript(safe index: Int) -> Element? { index >= startIndex && index < endIndex ? self[index] : nil }
}

extension BrowserState {
    /// The paragraph at the top of a pane (the turn's first, when its label is at the top).
    public func passageAtTop(_ side: PaneSide, context: BrowserContext) -> PassageRef? {
        layout(side, context: context).firstPassage(from: top(side, context: context))
    }

    mutating func applyMark(_ action: BrowserAction, set: Bool, context: BrowserContext) {
        mode = .normal
        guard case .markLetter(let letter) = action else { return }
        guard MarkStore.isMarkLetter(letter) else {
            message = "marks are letters a–z and A–Z"
            return
        }
        if set {
            guard let ref = passageAtTop(focus, context: context) else {
                message = "nothing to mark here"
                return
            }
            marks[letter] = ref
            message = "mark \(letter) set"
        } else if let ref = marks[letter] {
            guard context.corpus.contains(ref) else {
                marks[letter] = nil
                message = "mark \(letter) no longer points at a passage of this corpus; dropped"
                return
            }
            open(.passage(ref), context: context)
            if message == nil { message = "mark \(letter)" }
        } else {
            message = "no mark \(letter): set one with m\(letter)"
        }
    }
}

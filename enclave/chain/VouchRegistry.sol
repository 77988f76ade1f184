// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.24;

/// @title VouchRegistry: who approved which bytes of an npm release, on chain.
/// @notice Package policies (M-of-N maintainers), attested enclave keys, releases
/// re-verified signature by signature, scores from the attested scorer, and
/// Merkle roots of batched records. Relaying is permissionless: the sender pays
/// gas and cannot forge anything. EIP-712 types must match enclave/wire/eip712.go.
contract VouchRegistry {
    // ---------------------------------------------------------------- types

    struct Release {
        string packageName;
        string version;
        bytes integrity; // raw SHA-512 of the .tgz (npm SRI sha512)
        bytes32 contentHash; // SHA-256 of the .tgz
        uint256 nonce;
        bytes20 gitSha; // the commit CI built it from; zero when none
        string ciRunUrl; // the CI run that built it; empty when none
    }

    struct Score {
        string packageName;
        string version;
        bytes32 contentHash;
        bytes32 baseContentHash;
        bytes32 inputHash;
        bytes32 modelHash;
        uint8 score;
        uint8 heuristicScore;
        bytes32 findingsHash;
        bytes32 behaviourHash; // behavioural sandbox report; zero when the sandbox did not run
    }

    /// What publish() takes of a Score: the fields the Release does not
    /// already carry. The contract rebuilds the scorer's signed Score from
    /// them and the Release (packageName, version, contentHash), so a score
    /// of other bytes or another version never recovers to the scorer.
    struct ScoreFields {
        bytes32 baseContentHash;
        bytes32 inputHash;
        bytes32 modelHash;
        uint8 score;
        uint8 heuristicScore;
        bytes32 findingsHash;
        bytes32 behaviourHash;
    }

    struct Revoke {
        string packageName;
        string version;
        bytes integrity; // the release's raw SHA-512: revoke() checks it against the record
        string reason;
    }

    struct PolicyChange {
        string packageName;
        address[] maintainers;
        uint8 threshold;
        uint64 vetoWindow;
        uint8 minScore;
        bool refuseLowScore;
        uint256 nonce;
        address[] proposers; // CI keys that may propose releases but never count towards threshold
    }

    /// M of N maintainers hand the coordinator an npm token: the hash of its
    /// ECIES ciphertext, at the package's token nonce.
    struct TokenGrant {
        string packageName;
        bytes32 ciphertextHash;
        uint256 nonce;
    }

    /// A maintainer stops a release; also accepted straight on chain, so the
    /// host cannot drop it.
    struct Veto {
        bytes32 releaseDigest;
        string reason;
    }

    struct PublishReceipt {
        bytes32 releaseDigest;
        bytes32 scoreDigest;
        uint16 registryStatus;
        bytes32 registryResponseHash;
    }

    /// One signature: EOAs sign 65 bytes r||s||v (v 27/28, low s); contract
    /// wallets answer EIP-1271 isValidSignature.
    struct Sig {
        address signer;
        bytes sig;
    }

    /// Governance statements: M of N governance keys sign EIP-712 typed data
    /// carrying the governance nonce (one counter for every action, like a
    /// Safe); the type name tells the actions apart.
    struct EnclaveRegistration {
        uint8 role;
        address key;
        bytes32 measurement; // the measurement id: platform, measurement, signer and debug flag hashed together
        bool debug; // must be false
        bytes32 configDigest; // the configuration digest the evidence binds (policyDigest)
        bytes evidence;
        uint256 nonce;
    }

    struct EnclaveRetirement {
        address key;
        string reason;
        uint256 nonce;
    }

    /// An allowlist entry: enclaves of role may be registered with this
    /// measurement id and configuration digest (type Allow or Disallow).
    struct AllowlistEntry {
        uint8 role;
        bytes32 measurement;
        bytes32 configDigest;
        uint256 nonce;
    }

    struct GovernanceChange {
        address[] members;
        uint8 threshold;
        uint256 nonce;
    }

    struct ReleaseView {
        bytes32 integrityHash; // keccak256(integrity)
        uint8 signerCount;
        uint64 timestamp; // 0: no release recorded
        uint8 score;
        uint8 heuristicScore;
        bool hasScore;
        bool revoked;
        bool npmPublished;
    }

    struct PackageView {
        address[] maintainers;
        uint8 threshold;
        uint64 vetoWindow;
        uint8 minScore;
        bool refuseLowScore;
        uint256 nonce;
        bool enrolled;
        uint256 tokenNonce; // the nonce the next TokenGrant must carry
        bytes32 tokenGrant; // EIP-712 digest of the newest TokenGrant
        bytes32 lastContentHash; // contentHash of the newest release recorded: the next score's diff base
    }

    /// A package's policy slot, as getPackages returns it for many names.
    struct PolicyView {
        bool enrolled;
        uint8 threshold;
        uint8 minScore;
        bool refuseLowScore;
        uint64 vetoWindow;
    }

    // --------------------------------------------------------------- errors

    error NotAllowlisted(uint8 role, bytes32 measurement, bytes32 configDigest);
    error DebugEnclave(address key);
    error AlreadyEnrolled(bytes32 packageKey);
    error NotEnrolled(bytes32 packageKey);
    error BadThreshold(uint256 threshold, uint256 maintainers);
    error BadMaintainer(address maintainer);
    error BadNonce(uint256 got, uint256 want);
    error BelowThreshold(uint256 valid, uint256 need);
    error UnknownSigner(address signer);
    error DuplicateOrUnsortedSigner(address signer);
    error InvalidSignature(address signer);
    error BadRole(uint8 role);
    error AlreadyRegistered(address key);
    error UnknownEnclave(address key);
    error UnregisteredCoordinator(address recovered);
    error UnregisteredScorer(address recovered);
    error AlreadyPublished(bytes32 releaseKey);
    error NotPublished(bytes32 releaseKey);
    error AlreadyRevoked(bytes32 releaseKey);
    error ContentMismatch(bytes32 releaseKey);
    error ScoreMismatch(bytes32 releaseKey);
    error ScoreRequired(bytes32 releaseKey);
    error ScoreBelowMinimum(uint8 score, uint8 minScore);
    error ReleaseMismatch(bytes32 releaseDigest);
    error BaseMismatch(bytes32 got, bytes32 want);
    error VetoWindowOpen(uint256 until);
    error Vetoed(bytes32 releaseDigest);
    error EmptyBatch();

    // --------------------------------------------------------------- events

    event Enrolled(bytes32 indexed packageKey, string packageName, PolicyChange policy, address[] signers);
    event PolicyChanged(bytes32 indexed packageKey, string packageName, PolicyChange policy, address[] signers);
    event EnclaveRegistered(uint8 indexed role, address indexed key, bytes32 measurement, bytes evidence);
    event EnclaveRetired(address indexed key);
    event EnclaveApproved(address indexed key, bytes32 configDigest, uint256 nonce, address[] signers);
    event EnclaveRetiredBy(address indexed key, string reason, uint256 nonce, address[] signers);
    event AllowlistChanged(uint8 indexed role, bytes32 measurement, bytes32 configDigest, bool allowed, uint256 nonce, address[] signers);
    event GovernanceChanged(address[] members, uint8 threshold, uint256 nonce, address[] signers);
    /// A release and its score, in one event: the Score the scorer signed is
    /// (release.packageName, release.version, release.contentHash, score...);
    /// scoreDigest zero (and score, scorer zero): unscored.
    event Published(
        bytes32 indexed releaseKey,
        bytes32 indexed packageKey,
        bytes32 releaseDigest,
        Release release,
        address[] signers,
        bytes32 scoreDigest,
        ScoreFields score,
        address scorer,
        address coordinator
    );
    event TokenGranted(bytes32 indexed packageKey, string packageName, bytes32 grantDigest, bytes32 ciphertextHash, address[] signers);
    event VetoRecorded(bytes32 indexed packageKey, bytes32 indexed releaseDigest, address signer, string reason);
    event ReceiptRecorded(bytes32 indexed releaseKey, PublishReceipt receipt, address coordinator);
    event Revoked(bytes32 indexed releaseKey, Revoke revoke, address[] signers);
    event BatchAnchored(uint256 indexed batch, bytes32 root, uint32 count, address indexed anchorer);

    // ------------------------------------------------------------ constants

    uint8 public constant ROLE_COORDINATOR = 1;
    uint8 public constant ROLE_SCORER = 2;

    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant RELEASE_TYPEHASH =
        keccak256(
        "Release(string packageName,string version,bytes integrity,bytes32 contentHash,uint256 nonce,bytes20 gitSha,string ciRunUrl)"
    );
    bytes32 private constant SCORE_TYPEHASH = keccak256(
        "Score(string packageName,string version,bytes32 contentHash,bytes32 baseContentHash,bytes32 inputHash,bytes32 modelHash,uint8 score,uint8 heuristicScore,bytes32 findingsHash,bytes32 behaviourHash)"
    );
    bytes32 private constant REVOKE_TYPEHASH =
        keccak256("Revoke(string packageName,string version,bytes integrity,string reason)");
    bytes32 private constant POLICY_TYPEHASH = keccak256(
        "PolicyChange(string packageName,address[] maintainers,uint8 threshold,uint64 vetoWindow,uint8 minScore,bool refuseLowScore,uint256 nonce,address[] proposers)"
    );
    /// Enrollment carries the same fields as PolicyChange under another type
    /// name: an enrollment's signatures are never a policy change's.
    bytes32 private constant ENROLLMENT_TYPEHASH = keccak256(
        "Enrollment(string packageName,address[] maintainers,uint8 threshold,uint64 vetoWindow,uint8 minScore,bool refuseLowScore,uint256 nonce,address[] proposers)"
    );
    /// The coordinator's statement that whoever enrolls controls the name on
    /// npm (a token with write access, or the name is free).
    bytes32 private constant NAME_CONTROL_TYPEHASH = keccak256("NameControl(bytes32 enrollmentDigest)");
    bytes32 private constant TOKEN_GRANT_TYPEHASH =
        keccak256("TokenGrant(string packageName,bytes32 ciphertextHash,uint256 nonce)");
    bytes32 private constant VETO_TYPEHASH = keccak256("Veto(bytes32 releaseDigest,string reason)");
    bytes32 private constant AUTHORIZATION_TYPEHASH =
        keccak256("PublishAuthorization(bytes32 releaseDigest,bytes32 scoreDigest,address[] signers,uint64 readyAt)");
    bytes32 private constant RECEIPT_TYPEHASH = keccak256(
        "PublishReceipt(bytes32 releaseDigest,bytes32 scoreDigest,uint16 registryStatus,bytes32 registryResponseHash)"
    );

    bytes32 private constant REGISTRATION_TYPEHASH = keccak256(
        "EnclaveRegistration(uint8 role,address key,bytes32 measurement,bool debug,bytes32 configDigest,bytes evidence,uint256 nonce)"
    );
    bytes32 private constant RETIREMENT_TYPEHASH =
        keccak256("EnclaveRetirement(address key,string reason,uint256 nonce)");
    bytes32 private constant ALLOW_TYPEHASH =
        keccak256("Allow(uint8 role,bytes32 measurement,bytes32 configDigest,uint256 nonce)");
    bytes32 private constant DISALLOW_TYPEHASH =
        keccak256("Disallow(uint8 role,bytes32 measurement,bytes32 configDigest,uint256 nonce)");
    bytes32 private constant GOVERNANCE_TYPEHASH =
        keccak256("GovernanceChange(address[] members,uint8 threshold,uint256 nonce)");

    bytes4 private constant EIP1271_MAGIC = 0x1626ba7e;
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    uint8 private constant F_PUBLISHED = 1;
    uint8 private constant F_SCORED = 2;
    uint8 private constant F_REVOKED = 4;
    uint8 private constant F_NPM = 8;

    /// lastContent's value for an enrolled package with no release yet (no
    /// SHA-256 is 1): enroll() pays for the slot's first write once, so a
    /// package's first release costs what every later one does.
    bytes32 private constant NO_RELEASE = bytes32(uint256(1));

    // ---------------------------------------------------------------- state

    /// Governance: the members (current when governorEpoch[a] == govEpoch),
    /// how many must sign, and the nonce the next statement must carry.
    address[] private governors;
    mapping(address => uint32) private governorEpoch;
    uint32 private govEpoch;
    uint8 public governanceThreshold;
    uint256 public governanceNonce;
    /// keccak256(role, measurement id, configDigest) => allowed.
    mapping(bytes32 => bool) private allowlist;
    /// The configuration digest each enclave key was registered with.
    mapping(address => bytes32) public enclaveConfig;

    uint256 private immutable cachedChainId;
    bytes32 private immutable cachedDomainSeparator;

    /// Package policy, one slot. epoch changes with every policy change so that
    /// maintainership is one mapping lookup.
    struct Pkg {
        uint8 threshold;
        uint8 minScore;
        bool refuseLowScore;
        bool enrolled;
        uint32 epoch;
        uint64 vetoWindow;
        uint64 nonce;
        uint32 tokenNonce;
    }

    /// One release: its integrity hash and one packed slot. The full records
    /// (contentHash and score included) live in events.
    struct Rec {
        bytes32 integrityHash;
        uint64 timestamp;
        uint8 signerCount;
        uint8 score;
        uint8 heuristicScore;
        uint8 flags;
    }

    struct Enclave {
        uint8 role;
        bool retired;
        bytes32 measurement;
    }

    mapping(bytes32 => Pkg) private packages;
    mapping(bytes32 => address[]) private maintainerList;
    mapping(bytes32 => address[]) private proposerList; // CI keys: propose, never approve
    mapping(bytes32 => mapping(address => uint32)) private maintainerEpoch;
    mapping(bytes32 => Rec) private records;
    mapping(bytes32 => bytes32) private lastContent; // package key => contentHash of its newest release
    mapping(bytes32 => bytes32) private tokenGrants; // package key => digest of its newest TokenGrant
    mapping(bytes32 => bool) private vetoed; // keccak256(package key, release digest)
    mapping(address => Enclave) public enclaves;
    bytes32[] public batchRoots;

    constructor(address[] memory members, uint8 threshold) {
        _setGovernance(members, threshold);
        cachedChainId = block.chainid;
        cachedDomainSeparator = _buildDomainSeparator();
    }

    // --------------------------------------------------------------- domain

    function domainSeparator() public view returns (bytes32) {
        return block.chainid == cachedChainId ? cachedDomainSeparator : _buildDomainSeparator();
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256("vouch"), keccak256("1"), block.chainid, address(this)));
    }

    function _digest(bytes32 structHash) private view returns (bytes32) {
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(), structHash));
    }

    function releaseDigest(Release calldata r) public view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    RELEASE_TYPEHASH,
                    keccak256(bytes(r.packageName)),
                    keccak256(bytes(r.version)),
                    keccak256(r.integrity),
                    r.contentHash,
                    r.nonce,
                    r.gitSha,
                    keccak256(bytes(r.ciRunUrl))
                )
            )
        );
    }

    function scoreDigest(Score calldata s) public view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    SCORE_TYPEHASH,
                    keccak256(bytes(s.packageName)),
                    keccak256(bytes(s.version)),
                    s.contentHash,
                    s.baseContentHash,
                    s.inputHash,
                    s.modelHash,
                    s.score,
                    s.heuristicScore,
                    s.findingsHash,
                    s.behaviourHash
                )
            )
        );
    }

    /// The digest of the Score (r.packageName, r.version, r.contentHash, s...).
    function _releaseScoreDigest(Release calldata r, ScoreFields calldata s) private view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    SCORE_TYPEHASH,
                    keccak256(bytes(r.packageName)),
                    keccak256(bytes(r.version)),
                    r.contentHash,
                    s.baseContentHash,
                    s.inputHash,
                    s.modelHash,
                    s.score,
                    s.heuristicScore,
                    s.findingsHash,
                    s.behaviourHash
                )
            )
        );
    }

    function revokeDigest(Revoke calldata r) public view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    REVOKE_TYPEHASH,
                    keccak256(bytes(r.packageName)),
                    keccak256(bytes(r.version)),
                    keccak256(r.integrity),
                    keccak256(bytes(r.reason))
                )
            )
        );
    }

    function policyDigest(PolicyChange calldata p) public view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    POLICY_TYPEHASH,
                    keccak256(bytes(p.packageName)),
                    keccak256(abi.encodePacked(p.maintainers)),
                    p.threshold,
                    p.vetoWindow,
                    p.minScore,
                    p.refuseLowScore,
                    p.nonce,
                    keccak256(abi.encodePacked(p.proposers))
                )
            )
        );
    }

    function enrollmentDigest(PolicyChange calldata p) public view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    ENROLLMENT_TYPEHASH,
                    keccak256(bytes(p.packageName)),
                    keccak256(abi.encodePacked(p.maintainers)),
                    p.threshold,
                    p.vetoWindow,
                    p.minScore,
                    p.refuseLowScore,
                    p.nonce,
                    keccak256(abi.encodePacked(p.proposers))
                )
            )
        );
    }

    function nameControlDigest(bytes32 enrollmentDigest_) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(NAME_CONTROL_TYPEHASH, enrollmentDigest_)));
    }

    function tokenGrantDigest(TokenGrant calldata g) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(TOKEN_GRANT_TYPEHASH, keccak256(bytes(g.packageName)), g.ciphertextHash, g.nonce)));
    }

    function vetoDigest(Veto calldata v) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(VETO_TYPEHASH, v.releaseDigest, keccak256(bytes(v.reason)))));
    }

    function authorizationDigest(bytes32 releaseDigest_, bytes32 scoreDigest_, address[] memory signers, uint64 readyAt)
        public
        view
        returns (bytes32)
    {
        return _digest(
            keccak256(
                abi.encode(
                    AUTHORIZATION_TYPEHASH, releaseDigest_, scoreDigest_, keccak256(abi.encodePacked(signers)), readyAt
                )
            )
        );
    }

    function receiptDigest(PublishReceipt calldata r) public view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(RECEIPT_TYPEHASH, r.releaseDigest, r.scoreDigest, r.registryStatus, r.registryResponseHash)
            )
        );
    }

    /// @dev keccak256(bytes(name + "@" + version)), as wire.ReleaseKey computes it.
    function releaseKey(string calldata name, string calldata version) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(name, "@", version));
    }

    // ----------------------------------------------------------- signatures

    /// Recovers an EOA signature: 65 bytes, v 27/28 (0/1, as crypto libraries
    /// give it, is read as 27/28), low s. Returns 0 on any malformed input.
    function _recover(bytes32 digest, bytes calldata sig) private pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 2) v += 27;
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) return address(0);
        return ecrecover(digest, v, r, s);
    }

    /// An EOA signature is tried first (no EXTCODESIZE on the signer's cold
    /// account); only when it does not recover to the signer is the signer
    /// asked as an EIP-1271 contract wallet.
    function _validSig(address signer, bytes32 digest, bytes calldata sig) private view returns (bool) {
        address got = _recover(digest, sig);
        if (got != address(0) && got == signer) return true;
        if (signer.code.length == 0) return false;
        (bool ok, bytes memory ret) = signer.staticcall(abi.encodeWithSelector(EIP1271_MAGIC, digest, sig));
        return ok && ret.length >= 32 && abi.decode(ret, (bytes4)) == EIP1271_MAGIC;
    }

    /// Checks sigs (strictly increasing signers) against the current
    /// maintainers of pk and the threshold need; returns the signers.
    function _checkMaintainers(bytes32 digest, Sig[] calldata sigs, bytes32 pk, uint32 epoch, uint256 need)
        private
        view
        returns (address[] memory signers)
    {
        if (sigs.length < need) revert BelowThreshold(sigs.length, need);
        signers = new address[](sigs.length);
        address prev;
        mapping(address => uint32) storage members = maintainerEpoch[pk];
        for (uint256 i; i < sigs.length; ++i) {
            address a = sigs[i].signer;
            if (a <= prev) revert DuplicateOrUnsortedSigner(a);
            prev = a;
            if (members[a] != epoch) revert UnknownSigner(a);
            if (!_validSig(a, digest, sigs[i].sig)) revert InvalidSignature(a);
            signers[i] = a;
        }
    }

    /// Same, against a proposed maintainer list (enrollment).
    function _checkNew(bytes32 digest, Sig[] calldata sigs, address[] calldata maintainers, uint256 need)
        private
        view
        returns (address[] memory signers)
    {
        if (sigs.length < need) revert BelowThreshold(sigs.length, need);
        signers = new address[](sigs.length);
        address prev;
        for (uint256 i; i < sigs.length; ++i) {
            address a = sigs[i].signer;
            if (a <= prev) revert DuplicateOrUnsortedSigner(a);
            prev = a;
            bool member;
            for (uint256 j; j < maintainers.length; ++j) {
                if (maintainers[j] == a) {
                    member = true;
                    break;
                }
            }
            if (!member) revert UnknownSigner(a);
            if (!_validSig(a, digest, sigs[i].sig)) revert InvalidSignature(a);
            signers[i] = a;
        }
    }

    // --------------------------------------------------------------- policy

    function _validatePolicy(PolicyChange calldata p) private pure {
        uint256 n = p.maintainers.length;
        if (p.threshold == 0 || p.threshold > n) revert BadThreshold(p.threshold, n);
        for (uint256 i; i < n; ++i) {
            address a = p.maintainers[i];
            if (a == address(0)) revert BadMaintainer(a);
            for (uint256 j = i + 1; j < n; ++j) {
                if (p.maintainers[j] == a) revert BadMaintainer(a);
            }
        }
        // A proposer is neither zero, nor a maintainer, nor listed twice.
        for (uint256 i; i < p.proposers.length; ++i) {
            address a = p.proposers[i];
            if (a == address(0)) revert BadMaintainer(a);
            for (uint256 j; j < n; ++j) {
                if (p.maintainers[j] == a) revert BadMaintainer(a);
            }
            for (uint256 j = i + 1; j < p.proposers.length; ++j) {
                if (p.proposers[j] == a) revert BadMaintainer(a);
            }
        }
    }

    function _setMaintainers(bytes32 pk, Pkg storage pkg, PolicyChange calldata p) private {
        uint32 epoch = pkg.epoch + 1;
        pkg.epoch = epoch;
        pkg.threshold = p.threshold;
        pkg.vetoWindow = p.vetoWindow;
        pkg.minScore = p.minScore;
        pkg.refuseLowScore = p.refuseLowScore;
        mapping(address => uint32) storage members = maintainerEpoch[pk];
        for (uint256 i; i < p.maintainers.length; ++i) {
            members[p.maintainers[i]] = epoch;
        }
        maintainerList[pk] = p.maintainers;
        proposerList[pk] = p.proposers;
    }

    /// Enrolls a package: nonce 0, signed (as an Enrollment) by at least
    /// threshold of the new maintainers, and countersigned by the attested
    /// coordinator, which checked on npm that the enroller controls the name.
    function enroll(PolicyChange calldata p, Sig[] calldata sigs, bytes calldata coordinatorSig) external {
        bytes32 pk = keccak256(bytes(p.packageName));
        Pkg storage pkg = packages[pk];
        if (pkg.enrolled) revert AlreadyEnrolled(pk);
        if (p.nonce != 0) revert BadNonce(p.nonce, 0);
        _validatePolicy(p);
        bytes32 d = enrollmentDigest(p);
        address coordinator = _recover(nameControlDigest(d), coordinatorSig);
        if (coordinator == address(0) || enclaveRole(coordinator) != ROLE_COORDINATOR) {
            revert UnregisteredCoordinator(coordinator);
        }
        address[] memory signers = _checkNew(d, sigs, p.maintainers, p.threshold);
        pkg.enrolled = true;
        _setMaintainers(pk, pkg, p);
        lastContent[pk] = NO_RELEASE;
        emit Enrolled(pk, p.packageName, p, signers);
    }

    /// Changes maintainers, threshold, veto window or score policy: M-of-N of
    /// the current maintainers over the package's current nonce.
    function changePolicy(PolicyChange calldata p, Sig[] calldata sigs) external {
        bytes32 pk = keccak256(bytes(p.packageName));
        Pkg storage pkg = packages[pk];
        if (!pkg.enrolled) revert NotEnrolled(pk);
        if (p.nonce != pkg.nonce) revert BadNonce(p.nonce, pkg.nonce);
        _validatePolicy(p);
        address[] memory signers = _checkMaintainers(policyDigest(p), sigs, pk, pkg.epoch, pkg.threshold);
        pkg.nonce += 1;
        _setMaintainers(pk, pkg, p);
        emit PolicyChanged(pk, p.packageName, p, signers);
    }

    // ------------------------------------------------------------- enclaves

    function registrationDigest(EnclaveRegistration calldata r) public view returns (bytes32) {
        return _digest(
            keccak256(
                abi.encode(
                    REGISTRATION_TYPEHASH, r.role, r.key, r.measurement, r.debug, r.configDigest, keccak256(r.evidence), r.nonce
                )
            )
        );
    }

    function retirementDigest(EnclaveRetirement calldata r) public view returns (bytes32) {
        return _digest(keccak256(abi.encode(RETIREMENT_TYPEHASH, r.key, keccak256(bytes(r.reason)), r.nonce)));
    }

    function allowDigest(AllowlistEntry calldata e, bool allowed) public view returns (bytes32) {
        return _digest(
            keccak256(abi.encode(allowed ? ALLOW_TYPEHASH : DISALLOW_TYPEHASH, e.role, e.measurement, e.configDigest, e.nonce))
        );
    }

    function governanceDigest(GovernanceChange calldata g) public view returns (bytes32) {
        return _digest(
            keccak256(abi.encode(GOVERNANCE_TYPEHASH, keccak256(abi.encodePacked(g.members)), g.threshold, g.nonce))
        );
    }

    function _setGovernance(address[] memory members, uint8 threshold) private {
        uint256 n = members.length;
        if (threshold == 0 || threshold > n) revert BadThreshold(threshold, n);
        uint32 epoch = govEpoch + 1;
        govEpoch = epoch;
        for (uint256 i; i < n; ++i) {
            address a = members[i];
            if (a == address(0) || governorEpoch[a] == epoch) revert BadMaintainer(a);
            governorEpoch[a] = epoch;
        }
        governors = members;
        governanceThreshold = threshold;
    }

    /// Checks M of N governance signatures (strictly increasing signers) over
    /// digest at the current governance nonce, and uses the nonce up.
    function _checkGovernance(bytes32 digest, Sig[] calldata sigs, uint256 nonce)
        private
        returns (address[] memory signers)
    {
        if (nonce != governanceNonce) revert BadNonce(nonce, governanceNonce);
        uint256 need = governanceThreshold;
        if (sigs.length < need) revert BelowThreshold(sigs.length, need);
        signers = new address[](sigs.length);
        address prev;
        uint32 epoch = govEpoch;
        for (uint256 i; i < sigs.length; ++i) {
            address a = sigs[i].signer;
            if (a <= prev) revert DuplicateOrUnsortedSigner(a);
            prev = a;
            if (governorEpoch[a] != epoch) revert UnknownSigner(a);
            if (!_validSig(a, digest, sigs[i].sig)) revert InvalidSignature(a);
            signers[i] = a;
        }
        governanceNonce = nonce + 1;
    }

    function _allowKey(uint8 role, bytes32 measurement, bytes32 configDigest) private pure returns (bytes32) {
        return keccak256(abi.encode(role, measurement, configDigest));
    }

    /// Whether enclaves of role with this measurement id and configuration
    /// may be registered.
    function isAllowed(uint8 role, bytes32 measurement, bytes32 configDigest) public view returns (bool) {
        return allowlist[_allowKey(role, measurement, configDigest)];
    }

    /// The governance members, threshold and next nonce.
    function governance() external view returns (address[] memory members, uint8 threshold, uint256 nonce) {
        return (governors, governanceThreshold, governanceNonce);
    }

    /// Adds (role, measurement id, configuration) to the allowlist.
    function allow(AllowlistEntry calldata e, Sig[] calldata sigs) external {
        if (e.role != ROLE_COORDINATOR && e.role != ROLE_SCORER) revert BadRole(e.role);
        address[] memory signers = _checkGovernance(allowDigest(e, true), sigs, e.nonce);
        allowlist[_allowKey(e.role, e.measurement, e.configDigest)] = true;
        emit AllowlistChanged(e.role, e.measurement, e.configDigest, true, e.nonce, signers);
    }

    /// Removes an entry: no further key registers with it (retire the keys
    /// already registered with retireEnclave).
    function disallow(AllowlistEntry calldata e, Sig[] calldata sigs) external {
        address[] memory signers = _checkGovernance(allowDigest(e, false), sigs, e.nonce);
        delete allowlist[_allowKey(e.role, e.measurement, e.configDigest)];
        emit AllowlistChanged(e.role, e.measurement, e.configDigest, false, e.nonce, signers);
    }

    /// Replaces the governance members and threshold, signed by the current ones.
    function changeGovernance(GovernanceChange calldata g, Sig[] calldata sigs) external {
        address[] memory signers = _checkGovernance(governanceDigest(g), sigs, g.nonce);
        _setGovernance(g.members, g.threshold);
        emit GovernanceChanged(g.members, g.threshold, g.nonce, signers);
    }

    /// Registers an attested enclave key that governance approved: M of N
    /// governance signatures over the registration (evidence included), a
    /// non-debug enclave, and an allowlisted (role, measurement, config).
    /// The evidence goes into the event: anyone runs `vouch audit enclave`.
    function registerEnclave(EnclaveRegistration calldata r, Sig[] calldata sigs) external {
        if (r.role != ROLE_COORDINATOR && r.role != ROLE_SCORER) revert BadRole(r.role);
        if (r.key == address(0)) revert UnknownEnclave(r.key);
        if (r.debug) revert DebugEnclave(r.key);
        if (enclaves[r.key].role != 0) revert AlreadyRegistered(r.key);
        if (!isAllowed(r.role, r.measurement, r.configDigest)) {
            revert NotAllowlisted(r.role, r.measurement, r.configDigest);
        }
        address[] memory signers = _checkGovernance(registrationDigest(r), sigs, r.nonce);
        enclaves[r.key] = Enclave(r.role, false, r.measurement);
        enclaveConfig[r.key] = r.configDigest;
        emit EnclaveRegistered(r.role, r.key, r.measurement, r.evidence);
        emit EnclaveApproved(r.key, r.configDigest, r.nonce, signers);
    }

    /// Retires an enclave key, signed by M of N governance keys.
    function retireEnclave(EnclaveRetirement calldata r, Sig[] calldata sigs) external {
        Enclave storage e = enclaves[r.key];
        if (e.role == 0 || e.retired) revert UnknownEnclave(r.key);
        address[] memory signers = _checkGovernance(retirementDigest(r), sigs, r.nonce);
        e.retired = true;
        emit EnclaveRetired(r.key);
        emit EnclaveRetiredBy(r.key, r.reason, r.nonce, signers);
    }

    /// The role of an active enclave key; 0 when unknown or retired.
    function enclaveRole(address key) public view returns (uint8) {
        Enclave storage e = enclaves[key];
        return e.retired ? 0 : e.role;
    }

    // ---------------------------------------------------------------- token

    /// Records that M of N maintainers handed the coordinator an npm token
    /// (the hash of its ciphertext only). The coordinator seals a token only
    /// with such a grant at the package's current token nonce.
    function grantToken(TokenGrant calldata g, Sig[] calldata sigs) external {
        bytes32 pk = keccak256(bytes(g.packageName));
        Pkg storage pkg = packages[pk];
        if (!pkg.enrolled) revert NotEnrolled(pk);
        uint32 n = pkg.tokenNonce;
        if (g.nonce != n) revert BadNonce(g.nonce, n);
        bytes32 d = tokenGrantDigest(g);
        address[] memory signers = _checkMaintainers(d, sigs, pk, pkg.epoch, pkg.threshold);
        pkg.tokenNonce = n + 1;
        tokenGrants[pk] = d;
        emit TokenGranted(pk, g.packageName, d, g.ciphertextHash, signers);
    }

    // ----------------------------------------------------------------- veto

    /// One current maintainer's veto, straight on chain: publish() refuses the
    /// release from then on, whatever the host relays.
    function veto(string calldata packageName, Veto calldata v, Sig calldata sig) external {
        bytes32 pk = keccak256(bytes(packageName));
        Pkg storage pkg = packages[pk];
        if (!pkg.enrolled) revert NotEnrolled(pk);
        address a = sig.signer;
        if (maintainerEpoch[pk][a] != pkg.epoch) revert UnknownSigner(a);
        if (!_validSig(a, vetoDigest(v), sig.sig)) revert InvalidSignature(a);
        vetoed[keccak256(abi.encode(pk, v.releaseDigest))] = true;
        emit VetoRecorded(pk, v.releaseDigest, a, v.reason);
    }

    function isVetoed(string calldata packageName, bytes32 releaseDigest_) external view returns (bool) {
        return vetoed[keccak256(abi.encode(keccak256(bytes(packageName)), releaseDigest_))];
    }

    // -------------------------------------------------------------- publish

    /// Records a release and its score in one transaction: M-of-N maintainer
    /// signatures over its EIP-712 digest at the package nonce, the scorer's
    /// signed score (empty scoreSig: unscored, only when the package sets no
    /// minimum), whose base must be the package's newest recorded release,
    /// and the coordinator's authorization over (release digest, score
    /// digest, signers, readyAt). Refused inside the veto window by block time
    /// and after a recorded veto. Anyone may relay it.
    function publish(
        Release calldata r,
        Sig[] calldata sigs,
        ScoreFields calldata s,
        bytes calldata scoreSig,
        uint64 readyAt,
        bytes calldata coordinatorSig
    ) external {
        bytes32 pk = keccak256(bytes(r.packageName));
        Pkg storage pkg = packages[pk];
        if (!pkg.enrolled) revert NotEnrolled(pk);
        uint64 nonce = pkg.nonce;
        if (r.nonce != nonce) revert BadNonce(r.nonce, nonce);
        bytes32 key = releaseKey(r.packageName, r.version);
        Rec storage rec = records[key];
        if (rec.flags & F_PUBLISHED != 0) revert AlreadyPublished(key);
        uint256 until = uint256(readyAt) + pkg.vetoWindow;
        if (block.timestamp < until) revert VetoWindowOpen(until);

        uint256 need = pkg.threshold;
        bytes32 sd;
        uint8 flags;
        address scorer;
        if (scoreSig.length != 0) {
            // The score is rebuilt from the release: a score signed for
            // another version or other bytes recovers to another address.
            sd = _releaseScoreDigest(r, s);
            scorer = _recover(sd, scoreSig);
            if (scorer == address(0) || enclaveRole(scorer) != ROLE_SCORER) revert UnregisteredScorer(scorer);
            bytes32 base = lastContent[pk];
            if (base == NO_RELEASE) base = bytes32(0);
            if (s.baseContentHash != base) revert BaseMismatch(s.baseContentHash, base);
            if (s.score < pkg.minScore) {
                if (pkg.refuseLowScore) revert ScoreBelowMinimum(s.score, pkg.minScore);
                need += 1; // a low score asks one more approval
            }
            flags = F_SCORED;
            rec.score = s.score;
            rec.heuristicScore = s.heuristicScore;
        } else if (pkg.minScore != 0) {
            revert ScoreRequired(key);
        } else if (
            s.baseContentHash != 0 || s.inputHash != 0 || s.modelHash != 0 || s.score != 0 || s.heuristicScore != 0
                || s.findingsHash != 0 || s.behaviourHash != 0
        ) {
            revert ScoreMismatch(key); // unscored: Published carries no score
        }

        bytes32 d = releaseDigest(r);
        if (vetoed[keccak256(abi.encode(pk, d))]) revert Vetoed(d);
        address[] memory signers = _checkMaintainers(d, sigs, pk, pkg.epoch, need);
        address coordinator = _recover(authorizationDigest(d, sd, signers, readyAt), coordinatorSig);
        if (coordinator == address(0) || enclaveRole(coordinator) != ROLE_COORDINATOR) {
            revert UnregisteredCoordinator(coordinator);
        }

        pkg.nonce = nonce + 1;
        lastContent[pk] = r.contentHash;
        rec.integrityHash = keccak256(r.integrity);
        rec.timestamp = uint64(block.timestamp);
        rec.signerCount = uint8(signers.length);
        rec.flags = flags | F_PUBLISHED;
        emit Published(key, pk, d, r, signers, sd, s, scorer, coordinator);
    }

    /// Records the coordinator's receipt of the npm registry's answer for a
    /// published release.
    function recordReceipt(Release calldata r, PublishReceipt calldata receipt, bytes calldata coordinatorSig) external {
        if (releaseDigest(r) != receipt.releaseDigest) revert ReleaseMismatch(receipt.releaseDigest);
        address coordinator = _recover(receiptDigest(receipt), coordinatorSig);
        if (coordinator == address(0) || enclaveRole(coordinator) != ROLE_COORDINATOR) {
            revert UnregisteredCoordinator(coordinator);
        }
        bytes32 key = releaseKey(r.packageName, r.version);
        Rec storage rec = records[key];
        if (rec.flags & F_PUBLISHED == 0) revert NotPublished(key);
        if (rec.integrityHash != keccak256(r.integrity)) revert ContentMismatch(key);
        if (receipt.registryStatus >= 200 && receipt.registryStatus < 300) rec.flags |= F_NPM;
        emit ReceiptRecorded(key, receipt, coordinator);
    }

    /// Withdraws a published release: M-of-N of the current maintainers.
    function revoke(Revoke calldata r, Sig[] calldata sigs) external {
        bytes32 pk = keccak256(bytes(r.packageName));
        Pkg storage pkg = packages[pk];
        if (!pkg.enrolled) revert NotEnrolled(pk);
        bytes32 key = releaseKey(r.packageName, r.version);
        Rec storage rec = records[key];
        uint8 flags = rec.flags;
        if (flags & F_PUBLISHED == 0) revert NotPublished(key);
        if (flags & F_REVOKED != 0) revert AlreadyRevoked(key);
        if (rec.integrityHash != keccak256(r.integrity)) revert ContentMismatch(key);
        address[] memory signers = _checkMaintainers(revokeDigest(r), sigs, pk, pkg.epoch, pkg.threshold);
        rec.flags = flags | F_REVOKED;
        emit Revoked(key, r, signers);
    }

    // -------------------------------------------------------------- batches

    /// Anchors the Merkle root of count records. Permissionless: a root only
    /// proves that its leaves existed at this block; what a leaf means comes
    /// from the signatures inside the record it hashes.
    function anchorBatch(bytes32 root, uint32 count) external returns (uint256 batch) {
        if (count == 0 || root == bytes32(0)) revert EmptyBatch();
        batch = batchRoots.length;
        batchRoots.push(root);
        emit BatchAnchored(batch, root, count, msg.sender);
    }

    function batchCount() external view returns (uint256) {
        return batchRoots.length;
    }

    /// Checks a Merkle proof: internal nodes are keccak256 of the sorted pair
    /// (64 bytes); leaves are keccak256(0x00 || recordKey || recordHash) (65
    /// bytes), so a leaf can never pass for a node.
    function verifyBatchProof(uint256 batch, bytes32 leaf, bytes32[] calldata proof) external view returns (bool) {
        if (batch >= batchRoots.length) return false;
        bytes32 h = leaf;
        for (uint256 i; i < proof.length; ++i) {
            bytes32 p = proof[i];
            h = h < p ? keccak256(abi.encodePacked(h, p)) : keccak256(abi.encodePacked(p, h));
        }
        return h == batchRoots[batch];
    }

    // ---------------------------------------------------------------- views

    /// What installers need, for many releases in one call.
    function getReleases(bytes32[] calldata keys) external view returns (ReleaseView[] memory out) {
        out = new ReleaseView[](keys.length);
        for (uint256 i; i < keys.length; ++i) {
            Rec storage rec = records[keys[i]];
            uint8 flags = rec.flags;
            if (flags & F_PUBLISHED == 0) continue;
            out[i] = ReleaseView({
                integrityHash: rec.integrityHash,
                signerCount: rec.signerCount,
                timestamp: rec.timestamp,
                score: rec.score,
                heuristicScore: rec.heuristicScore,
                hasScore: flags & F_SCORED != 0,
                revoked: flags & F_REVOKED != 0,
                npmPublished: flags & F_NPM != 0
            });
        }
    }

    /// The package's proposers: CI keys whose release proposals the
    /// coordinator accepts; their signatures never count towards threshold.
    function getProposers(string calldata name) external view returns (address[] memory) {
        return proposerList[keccak256(bytes(name))];
    }

    /// The policy slot of many packages in one call (verifiers of whole
    /// lockfiles): one storage read per name, no maintainer lists.
    function getPackages(string[] calldata names) external view returns (PolicyView[] memory out) {
        out = new PolicyView[](names.length);
        for (uint256 i; i < names.length; ++i) {
            Pkg storage pkg = packages[keccak256(bytes(names[i]))];
            out[i] = PolicyView({
                enrolled: pkg.enrolled,
                threshold: pkg.threshold,
                minScore: pkg.minScore,
                refuseLowScore: pkg.refuseLowScore,
                vetoWindow: pkg.vetoWindow
            });
        }
    }

    function getPackage(string calldata name) external view returns (PackageView memory v) {
        bytes32 pk = keccak256(bytes(name));
        Pkg storage pkg = packages[pk];
        v = PackageView({
            maintainers: maintainerList[pk],
            threshold: pkg.threshold,
            vetoWindow: pkg.vetoWindow,
            minScore: pkg.minScore,
            refuseLowScore: pkg.refuseLowScore,
            nonce: pkg.nonce,
            enrolled: pkg.enrolled,
            tokenNonce: pkg.tokenNonce,
            tokenGrant: tokenGrants[pk],
            lastContentHash: lastContent[pk] == NO_RELEASE ? bytes32(0) : lastContent[pk]
        });
    }
}

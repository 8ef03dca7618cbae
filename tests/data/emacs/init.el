;;; init.el --- headless Emacs (batch) runs eglot against `arabspell lsp'  -*- lexical-binding: t -*-
;;
;; Emacs 28 with eglot 1.9 (Debian's elpa-eglot; built in from Emacs 29) opens the file named
;; by ARABSPELL_EMACS_FILE in text-mode, with README's set-up (between the two README lines
;; below, verbatim; tests/test_lsp_emacs.py checks README shows exactly it), waits for the
;; Flymake diagnostics eglot makes of the server's, applies the quick fix of one with
;; eglot-code-actions and saves the file, writes what it saw (JSON) to ARABSPELL_EMACS_OUT and
;; eglot's events log to ARABSPELL_EMACS_OUT.events, shuts the server down and exits.
;; `arabspell' is found on PATH (the test puts its virtual environment's bin first).

;; what interactive Emacs does at startup and batch Emacs does not: the installed packages'
;; autoloads (eglot-ensure's among them; Debian's elpa-eglot is one)
(require 'package)
(package-activate-all)

;; --- README ---
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((text-mode markdown-mode html-mode) . ("arabspell" "lsp"))))
(add-hook 'text-mode-hook #'eglot-ensure)
;; --- end README ---

(require 'json)
(require 'subr-x)

(defvar arabspell-test-out (getenv "ARABSPELL_EMACS_OUT"))
(defvar arabspell-test-expect (string-to-number (or (getenv "ARABSPELL_EMACS_EXPECT") "1")))

(defun arabspell-test--write (file text)
  (let ((coding-system-for-write 'utf-8-unix))
    (write-region text nil file nil 'silent)))

(defun arabspell-test--diagnostics ()
  "The buffer's Flymake diagnostics, each with its region's text."
  (mapcar (lambda (d)
            (let ((beg (flymake-diagnostic-beg d)) (end (flymake-diagnostic-end d)))
              `((beg . ,beg) (end . ,end)
                (type . ,(symbol-name (flymake-diagnostic-type d)))
                (text . ,(flymake-diagnostic-text d))
                (region . ,(buffer-substring-no-properties beg end)))))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(defun arabspell-test--events (&optional kind)
  "The text of every eglot KIND buffer (events: the JSON-RPC log, errors included; stderr)."
  (mapconcat (lambda (buffer) (with-current-buffer buffer (buffer-substring-no-properties (point-min) (point-max))))
             (seq-filter (lambda (b) (string-match-p (format "\\*EGLOT.*%s\\*" (or kind "events")) (buffer-name b))) (buffer-list))
             "\n"))

(defun arabspell-test-run ()
  (find-file (getenv "ARABSPELL_EMACS_FILE"))
  ;; eglot-ensure connects from post-command-hook, which batch Emacs has no command loop to run
  (run-hooks 'post-command-hook)
  (let ((server (or (eglot-current-server) (error "eglot did not connect: %s" (arabspell-test--events))))
        (deadline (+ (float-time) 60)))
    (while (and (< (length (flymake-diagnostics)) arabspell-test-expect) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (let ((found (arabspell-test--diagnostics)) titles fixed)
      ;; the quick fix of «تصيعد», as M-x eglot-code-actions there offers and applies it: the
      ;; test types RET at the prompt (batch Emacs reads it from standard input), which takes
      ;; the default, the preferred action; then the file is saved and checked again
      (let ((word (seq-find (lambda (d) (equal (alist-get 'region d) "تصيعد")) found)))
        (when word
          (goto-char (alist-get 'beg word))
          (setq titles (mapcar (lambda (a) (plist-get a :title)) (eglot-code-actions (point) (point))))
          (let ((last-nonmenu-event ?\r)) (call-interactively #'eglot-code-actions))
          (save-buffer)
          (let ((deadline (+ (float-time) 60)))
            (while (and (>= (length (flymake-diagnostics)) arabspell-test-expect) (< (float-time) deadline))
              (accept-process-output nil 0.05)))
          (setq fixed (arabspell-test--diagnostics))))
      (arabspell-test--write
       arabspell-test-out
       (json-encode `((diagnostics . ,(vconcat found))
                      (titles . ,(vconcat titles))
                      (fixed . ,(vconcat fixed))
                      (mode . ,(symbol-name major-mode))
                      (emacs . ,emacs-version)
                      (eglot . ,(if-let ((desc (cadr (assq 'eglot package-alist)))) (package-version-join (package-desc-version desc)) "built in"))
                      (flymake-running . ,(vconcat (mapcar #'symbol-name (flymake-running-backends))))
                      (flymake-disabled . ,(vconcat (mapcar #'symbol-name (flymake-disabled-backends)))))))
      ;; eglot-shutdown's shutdown and exit, then the wait for the server to exit by itself (eglot
      ;; 1.9's jsonrpc kills it right after the exit notification, so it cannot tell)
      (setf (eglot--shutdown-requested server) t)
      (jsonrpc-request server :shutdown nil :timeout 10)
      (jsonrpc-notify server :exit nil)
      (let ((process (jsonrpc--process server)) (deadline (+ (float-time) 10)))
        (while (and (process-live-p process) (< (float-time) deadline))
          (accept-process-output nil 0.05))
        (arabspell-test--write (concat arabspell-test-out ".exit")
                               (format "%s %s" (process-status process) (process-exit-status process)))))))

(condition-case err
    (arabspell-test-run)
  (error (arabspell-test--write (concat arabspell-test-out ".error") (format "%S" err))))
(arabspell-test--write (concat arabspell-test-out ".events") (arabspell-test--events))
(arabspell-test--write (concat arabspell-test-out ".stderr") (arabspell-test--events "stderr"))
(kill-emacs 0)
